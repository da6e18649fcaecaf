package org.constable.demo.training;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.constable.personnel.Officer;
import org.constable.training.Instructor;

/**
 * 教官: twelve officers of the force (the demo trainer among them; one appointed last year, one whose
 * appointment ended then) and three teachers from outside, appointed through the entity.
 */
final class DemoInstructors {

  /** An officer of a unit (by name, under a bureau) appointed to teach a speciality. */
  private record Internal(String unit, String bureau, String speciality) {}

  private static final String CITY = "巴彦淖尔市公安局";
  private static final String LINHE = "临河区公安分局";
  private static final List<Internal> INTERNAL =
      List.of(
          new Internal("巡特警支队", CITY, "射击与战术训练"),
          new Internal("巡特警支队", CITY, "体能训练"),
          new Internal("刑侦支队", CITY, "刑事侦查与现场勘查"),
          new Internal("法制支队", CITY, "法律法规与执法规范"),
          new Internal("交警支队", CITY, "道路交通管理"),
          new Internal("政治部", CITY, "政治理论与职业道德"),
          new Internal("网安支队", CITY, "网络安全与信息化"),
          new Internal("治安支队", CITY, "治安管理"),
          new Internal("治安大队", LINHE, "治安业务与群众工作"),
          new Internal("刑侦大队", LINHE, "侦查讯问"),
          new Internal("刑侦大队", "五原县公安局", "警务技能与现场急救"));

  private static final int LAW = 3;
  private static final int ENDED = 6;
  private static final int NEW = 7;
  private static final int COUNTY = 8;

  /** Everyone appointed, and those the browser demo's sessions need. */
  record Appointed(List<StaffMember> all, BrowserDemoSessions.Staff browserDemo) {}

  private DemoInstructors() {}

  static Appointed appoint(
      EntityManager em, Connection connection, Orgs orgs, LogInOfficers logIns, LocalDate today)
      throws SQLException {
    int year = today.getYear();
    LocalDate longAgo = LocalDate.of(year - 6, 3, 1);
    List<StaffMember> all = new ArrayList<>();
    StaffMember trainer = internal(em, logIns.trainer(), "警务实战技能（擒拿格斗、警械使用）", longAgo, null, all);
    Set<Long> taken = new HashSet<>(logIns.officerIds());
    List<StaffMember> chosen = new ArrayList<>();
    for (int i = 0; i < INTERNAL.size(); i++) {
      Internal spec = INTERNAL.get(i);
      long officerId = firstOfficer(connection, orgs.named(spec.bureau()), spec.unit(), taken);
      taken.add(officerId);
      LocalDate from = i == NEW ? LocalDate.of(year - 1, 3, 1) : longAgo.plusMonths(i);
      LocalDate to = i == ENDED ? LocalDate.of(year - 1, 6, 30) : null;
      Officer officer = em.find(Officer.class, officerId);
      chosen.add(internal(em, officer, spec.speciality(), from, to, all));
    }
    LocalDate academyFrom = LocalDate.of(year - 4, 9, 1);
    LocalDate academyTo = LocalDate.of(year + 1, 8, 31);
    StaffMember academy = external(em, "王建军", "内蒙古警察职业学院", "刑法与刑事诉讼法", academyFrom, academyTo, all);
    StaffMember otherAcademy =
        external(em, "李慧敏", "内蒙古警察职业学院", "警察心理健康与危机干预", academyFrom, academyTo, all);
    external(em, "赵志刚", "中共巴彦淖尔市委党校", "政治理论", LocalDate.of(year - 3, 1, 1), null, all);
    em.flush();
    var browserDemo =
        new BrowserDemoSessions.Staff(
            trainer, chosen.get(COUNTY), chosen.get(LAW), academy, otherAcademy);
    return new Appointed(List.copyOf(all), browserDemo);
  }

  private static StaffMember internal(
      EntityManager em,
      Officer officer,
      String speciality,
      LocalDate from,
      LocalDate to,
      List<StaffMember> all) {
    Instructor instructor = new Instructor(officer, null, null, speciality, from, to);
    em.persist(instructor);
    var member =
        new StaffMember(
            instructor.getId(), officer.getId(), officer.getPoliceNumber(), true, from, to);
    all.add(member);
    return member;
  }

  private static StaffMember external(
      EntityManager em,
      String name,
      String organisation,
      String speciality,
      LocalDate from,
      LocalDate to,
      List<StaffMember> all) {
    Instructor instructor = new Instructor(null, name, organisation, speciality, from, to);
    em.persist(instructor);
    var member = new StaffMember(instructor.getId(), null, null, false, from, to);
    all.add(member);
    return member;
  }

  /** The first police officer on duty of the unit by police number, not yet taken. */
  private static long firstOfficer(Connection connection, Org bureau, String unit, Set<Long> taken)
      throws SQLException {
    String sql =
        "SELECT o.id FROM officer o JOIN org_unit u ON u.id = o.unit_id"
            + " WHERE u.name_zh = ? AND u.path LIKE ? AND o.category = 'POLICE'"
            + " AND o.status = 'ON_DUTY' ORDER BY o.police_number";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, unit);
      query.setString(2, bureau.path() + "%");
      query.setMaxRows(taken.size() + 1);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (!taken.contains(rows.getLong(1))) {
            return rows.getLong(1);
          }
        }
      }
    }
    throw new IllegalStateException("The demo force has no officer to teach in " + unit);
  }
}
