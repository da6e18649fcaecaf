package org.constable.demo.training;

import java.math.BigDecimal;
import org.constable.training.Course;
import org.constable.training.CourseInput;
import org.constable.training.OrganiserLevel;

/**
 * The demo's course catalogue, one or more courses per category, with the class size the demo plans
 * its sessions for, the capacity each session offers, and the share: how many sessions of the
 * course a serving officer takes in a year on average (the rotation counts everyone serving).
 */
enum DemoCourse {
  RECRUIT(
      "新警入警培训", "Recruit induction training", "RECRUIT", 40, OrganiserLevel.CITY, true, 50, 60, 0),
  RANK_PROMOTION(
      "晋升警衔培训",
      "Rank promotion training",
      "PROMOTION",
      10,
      OrganiserLevel.CITY,
      true,
      45,
      60,
      0.10),
  UNIT_HEADS(
      "基层所队长任职培训",
      "Induction training for heads of front-line units",
      "PROMOTION",
      6,
      OrganiserLevel.CITY,
      true,
      45,
      60,
      0.03),
  CRIMINAL_INVESTIGATION(
      "刑侦专业培训",
      "Criminal investigation training",
      "SPECIALIST",
      10,
      OrganiserLevel.CITY,
      true,
      45,
      60,
      0.07),
  PUBLIC_ORDER(
      "治安业务专业培训",
      "Public order policing training",
      "SPECIALIST",
      10,
      OrganiserLevel.COUNTY,
      true,
      40,
      50,
      0.22),
  POLICING_SKILLS(
      "岗位练兵·警务技能",
      "On-the-job drills: policing skills",
      "DRILL",
      6,
      OrganiserLevel.COUNTY,
      false,
      60,
      80,
      2.4),
  FITNESS(
      "岗位练兵·体能训练",
      "On-the-job drills: physical fitness",
      "DRILL",
      4,
      OrganiserLevel.COUNTY,
      false,
      60,
      80,
      2.4),
  /** Retired at the end of the first year of the history: its sessions stay on the records. */
  COMPUTER_SKILLS(
      "计算机应用能力培训",
      "Computer skills training",
      "DRILL",
      4,
      OrganiserLevel.COUNTY,
      false,
      60,
      80,
      0.5),
  ROTATION(
      "全警集中轮训",
      "Centralised rotational training",
      Course.ROTATION,
      10,
      OrganiserLevel.COUNTY,
      false,
      50,
      60,
      1.0 / 3),
  ENFORCEMENT(
      "执法资格等级培训",
      "Law-enforcement qualification training",
      "ENFORCE",
      10,
      OrganiserLevel.CITY,
      true,
      45,
      60,
      0.16),
  /** One sitting per organiser a year, seating all its police: see {@link SessionKey#capacity}. */
  ANNUAL_EXAM(
      "年度综合考试",
      "Annual comprehensive exam",
      Course.ANNUAL_EXAM,
      2,
      OrganiserLevel.COUNTY,
      true,
      0,
      0,
      1);

  static final BigDecimal PASS_MARK = BigDecimal.valueOf(60);

  private final String nameZh;
  private final String nameEn;
  private final String category;
  private final int halfDays;
  private final OrganiserLevel level;
  private final boolean exam;
  private final int classSize;
  private final int capacity;
  private final double share;

  DemoCourse(
      String nameZh,
      String nameEn,
      String category,
      int halfDays,
      OrganiserLevel level,
      boolean exam,
      int classSize,
      int capacity,
      double share) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.category = category;
    this.halfDays = halfDays;
    this.level = level;
    this.exam = exam;
    this.classSize = classSize;
    this.capacity = capacity;
    this.share = share;
  }

  CourseInput input() {
    return new CourseInput(
        nameZh, nameEn, category, halfDays, level, exam, exam ? PASS_MARK : null, isActive());
  }

  boolean isActive() {
    return this != COMPUTER_SKILLS;
  }

  /** Whole days of a session; every course but the recruits' fits in one working week. */
  int days() {
    return halfDays / 2;
  }

  String nameZh() {
    return nameZh;
  }

  int halfDays() {
    return halfDays;
  }

  boolean hasExam() {
    return exam;
  }

  boolean byCity() {
    return level == OrganiserLevel.CITY;
  }

  int classSize() {
    return classSize;
  }

  int capacity() {
    return capacity;
  }

  double share() {
    return share;
  }
}
