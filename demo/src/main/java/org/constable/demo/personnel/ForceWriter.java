package org.constable.demo.personnel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.constable.demo.personnel.AgePlan.Kind;
import org.constable.demo.personnel.AgePlan.Restriction;
import org.constable.demo.personnel.Careers.Career;
import org.constable.demo.personnel.Identities.Identity;
import org.constable.personnel.Ages;
import org.constable.personnel.Education;
import org.constable.personnel.Gender;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.PoliceNumber;

/**
 * One pass over the force, unit by unit: leaders, other police officers, civilian and auxiliary
 * staff, former officers. Everything that the workforce figures count is drawn from the {@code
 * quota} stream; names, dates and the like from {@code details}, so neither the reference day nor a
 * change in the details can move a figure.
 */
final class ForceWriter {

  private static final long SEED = 20130630L;
  private static final int FIRST_POLICE_NUMBER = 150_001;
  private static final int FIRST_STAFF_NUMBER = 900_001;

  private final LocalDate asOf;
  private final List<UnitProfile> units;
  private final StaffingPlan plan;
  private final AgePlan ages;
  private final Careers careers;
  private final Identities identities;
  private final SplittableRandom quota;
  private final SplittableRandom details;
  private int officeDutyPool;
  private int officeDutyQuota;
  private int formerLeft;
  private int retiredLeft;
  private int policeNumber = FIRST_POLICE_NUMBER;
  private int staffNumber = FIRST_STAFF_NUMBER;
  private int civilians;
  private int auxiliaries;

  ForceWriter(LocalDate asOf, List<UnitProfile> units, StaffingPlan plan, ForceTargets targets) {
    this.asOf = asOf;
    this.units = units;
    this.plan = plan;
    this.ages = new AgePlan(targets, Arrays.stream(plan.leaders).sum());
    this.careers = new Careers(asOf);
    this.identities = new Identities(asOf);
    SplittableRandom root = new SplittableRandom(SEED + targets.police());
    this.quota = root.split();
    this.details = root.split();
    this.officeDutyPool = plan.officeDutyPool;
    this.officeDutyQuota = plan.officeDutyQuota;
    this.formerLeft = targets.retired() + targets.transferredOut();
    this.retiredLeft = targets.retired();
  }

  void write(Consumer<DemoOfficer> sink) {
    for (int i = 0; i < units.size(); i++) {
      UnitProfile unit = units.get(i);
      for (int k = 0; k < plan.police[i]; k++) {
        sink.accept(k < plan.leaders[i] ? leader(unit, k) : officer(unit));
      }
      for (int k = 0; k < plan.civilians[i]; k++) {
        sink.accept(civilian(unit));
      }
      for (int k = 0; k < plan.auxiliaries[i]; k++) {
        sink.accept(auxiliary(unit));
      }
      for (int k = 0; k < plan.formerOfficers[i]; k++) {
        sink.accept(formerOfficer(unit));
      }
    }
  }

  private DemoOfficer leader(UnitProfile unit, int index) {
    AgePlan.Cell cell = ages.draw(quota, Restriction.LEADER);
    Gender gender = details.nextInt(100) < 92 ? Gender.MALE : Gender.FEMALE;
    return police(unit, cell, gender, "LD", OfficerStatus.ON_DUTY, index);
  }

  private DemoOfficer officer(UnitProfile unit) {
    Restriction restriction =
        unit.duty() == UnitProfile.Duty.LEGAL ? Restriction.AT_LEAST_ASSOCIATE : Restriction.NONE;
    AgePlan.Cell cell = ages.draw(quota, restriction);
    String post = post(unit);
    Gender gender = details.nextInt(100) < 85 ? Gender.MALE : Gender.FEMALE;
    int roll = details.nextInt(1000);
    OfficerStatus status =
        roll < 12
            ? OfficerStatus.SICK_LEAVE
            : roll < 20 ? OfficerStatus.OFF_POST_TRAINING : OfficerStatus.ON_DUTY;
    return police(unit, cell, gender, post, status, -1);
  }

  private DemoOfficer formerOfficer(UnitProfile unit) {
    boolean retired = quota.nextInt(formerLeft--) < retiredLeft;
    if (retired) {
      retiredLeft--;
    }
    int age = retired ? 60 + details.nextInt(11) : 31 + details.nextInt(20);
    Kind kind = retired && details.nextInt(10) < 4 ? Kind.HIGH_SCHOOL_OR_BELOW : Kind.OTHER;
    Gender gender = details.nextInt(100) < 85 ? Gender.MALE : Gender.FEMALE;
    OfficerStatus status = retired ? OfficerStatus.RETIRED : OfficerStatus.TRANSFERRED_OUT;
    AgePlan.Cell cell = AgePlan.Cell.of(age, kind);
    return police(unit, cell, gender, pick(unit.postMix()), status, -1);
  }

  /** Office duty (内勤) takes operational officers off the front line, to an exact quota. */
  private String post(UnitProfile unit) {
    String post = pick(unit.postMix());
    if (unit.isFrontLine() && !unit.kind().isPoliceStation()) {
      boolean officeDuty = quota.nextInt(officeDutyPool--) < officeDutyQuota;
      if (officeDuty) {
        officeDutyQuota--;
        return "NQ";
      }
    }
    return post;
  }

  private DemoOfficer police(
      UnitProfile unit,
      AgePlan.Cell cell,
      Gender gender,
      String post,
      OfficerStatus status,
      int leaderIndex) {
    Identity identity = identities.next(unit.unit().regionCode(), cell.age(), gender);
    Education education = Careers.education(cell.kind(), cell.age(), details);
    Career career = careers.police(cell, identity.birthDate(), details);
    int service = Ages.ageOn(career.policeJoin(), asOf);
    int delayRoll = details.nextInt(100);
    int delay = delayRoll < 70 ? 0 : delayRoll < 90 ? 1 : 2;
    int gradeRoll = details.nextInt(100);
    String grade =
        leaderIndex >= 0
            ? Ranks.leaderGrade(unit.unit(), leaderIndex)
            : Ranks.staffGrade(education, service, gradeRoll);
    String rank =
        Ranks.rank(
            education,
            Math.max(0, service - delay),
            grade,
            Ranks.isForceChief(unit.unit(), leaderIndex));
    boolean frontLine = status.isActive() && unit.isFrontLine() && !"NQ".equals(post);
    String number = String.valueOf(policeNumber++);
    return person(unit, identity, gender, number, null, PersonnelCategory.POLICE, career)
        .ranked(rank, grade, post, frontLine, status, education);
  }

  private DemoOfficer civilian(UnitProfile unit) {
    int age = 23 + details.nextInt(28);
    Gender gender = details.nextBoolean() ? Gender.MALE : Gender.FEMALE;
    int roll = details.nextInt(100);
    Education education =
        roll < 35 ? Education.ASSOCIATE : roll < 85 ? Education.BACHELOR : Education.MASTER;
    String uniform = String.format("WZ%04d", ++civilians);
    return staff(unit, age, gender, uniform, PersonnelCategory.CIVILIAN)
        .ranked(null, null, "NQ", false, OfficerStatus.ON_DUTY, education);
  }

  private DemoOfficer auxiliary(UnitProfile unit) {
    int age = 20 + details.nextInt(26);
    Gender gender = details.nextInt(100) < 85 ? Gender.MALE : Gender.FEMALE;
    int roll = details.nextInt(100);
    Education education =
        roll < 50 ? Education.HIGH_SCHOOL : roll < 90 ? Education.ASSOCIATE : Education.BACHELOR;
    String post = unit.postMix().contains("GLQ") ? "GLQ" : "ZQ";
    String uniform = String.format("FJ%04d", ++auxiliaries);
    return staff(unit, age, gender, uniform, PersonnelCategory.AUXILIARY)
        .ranked(null, null, post, unit.isFrontLine(), OfficerStatus.ON_DUTY, education);
  }

  private Person staff(
      UnitProfile unit, int age, Gender gender, String uniform, PersonnelCategory category) {
    Identity identity = identities.next(unit.unit().regionCode(), age, gender);
    Career career = careers.staff(age, identity.birthDate(), details);
    String number = String.valueOf(staffNumber++);
    return person(unit, identity, gender, number, uniform, category, career);
  }

  private Person person(
      UnitProfile unit,
      Identity identity,
      Gender gender,
      String number,
      String uniform,
      PersonnelCategory category,
      Career career) {
    String ethnicity = People.ethnicity(details);
    String name = People.name(details, gender, ethnicity);
    return new Person(
        unit,
        identity,
        gender,
        ethnicity,
        name,
        People.mobile(details),
        number,
        uniform,
        category,
        career);
  }

  private String pick(List<String> choices) {
    return choices.get(details.nextInt(choices.size()));
  }

  /** The part of a record common to all categories. */
  private record Person(
      UnitProfile unit,
      Identity identity,
      Gender gender,
      String ethnicity,
      String name,
      String phone,
      String number,
      String uniform,
      PersonnelCategory category,
      Career career) {

    DemoOfficer ranked(
        String rank,
        String grade,
        String post,
        boolean frontLine,
        OfficerStatus status,
        Education education) {
      return new DemoOfficer(
          PoliceNumber.of(number),
          name,
          gender,
          ethnicity,
          identity.idNumber(),
          identity.birthDate(),
          career.firstEmployment(),
          career.policeJoin(),
          career.channel(),
          category,
          uniform,
          rank,
          grade,
          unit.lineCode(),
          post,
          frontLine,
          status,
          education,
          phone,
          unit.unit().code());
    }
  }
}
