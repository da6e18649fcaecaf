package org.constable.demo.personnel;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.constable.personnel.Officer;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.PoliticalStatus;
import org.constable.platform.ClockProducer;
import org.constable.platform.NamePinyin;
import org.eclipse.persistence.sessions.Session;

/**
 * Writes a generated force: units through JPA (a few dozen), officers through batched JDBC (up to
 * hundreds of thousands), with ids from EclipseLink's own sequencing so later inserts never clash.
 */
public final class DemoForceWriter {

  private static final int BATCH = 1000;
  private static final String INSERT_OFFICER =
      "INSERT INTO officer (id, police_number, name, gender, ethnicity, id_number, birth_date,"
          + " first_employment_date, police_join_date, entry_channel, category, uniform_number,"
          + " rank_code, grade_code, line_code, post_code, front_line, status, education, phone,"
          + " unit_id, political_status, party_join_date, native_place, birth_place, name_pinyin,"
          + " name_initials, version)"
          + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)";

  /** Where the demo force comes from: mostly the city's own region, some from its neighbours. */
  private static final String[] PLACES = {
    "内蒙古巴彦淖尔", "内蒙古巴彦淖尔", "内蒙古巴彦淖尔", "内蒙古包头", "内蒙古呼和浩特", "内蒙古鄂尔多斯", "河北张家口", "山西大同", "陕西榆林", "宁夏银川"
  };

  private final EntityManager em;

  public DemoForceWriter(EntityManager em) {
    this.em = em;
  }

  /** Returns the number of people written. */
  public long write(DemoForce force, Connection connection) throws SQLException {
    Map<String, Long> unitIds = writeUnits(force);
    Session session = em.unwrap(Session.class);
    long[] written = {0};
    try (PreparedStatement insert = connection.prepareStatement(INSERT_OFFICER)) {
      SQLException[] failure = {null};
      force.forEachOfficer(
          officer -> {
            if (failure[0] != null) {
              return;
            }
            try {
              bind(
                  insert,
                  officer,
                  session.getNextSequenceNumberValue(Officer.class).longValue(),
                  unitIds);
              insert.addBatch();
              if (++written[0] % BATCH == 0) {
                insert.executeBatch();
              }
            } catch (SQLException e) {
              failure[0] = e;
            }
          });
      if (failure[0] != null) {
        throw failure[0];
      }
      insert.executeBatch();
    }
    return written[0];
  }

  private Map<String, Long> writeUnits(DemoForce force) {
    Map<String, OrgUnit> byCode = new HashMap<>();
    for (DemoUnit demo : force.units()) {
      var unit =
          new OrgUnit(demo.code(), demo.nameZh(), demo.nameEn(), demo.kind(), demo.regionCode());
      em.persist(unit);
      unit.placeUnder(demo.parentCode() == null ? null : byCode.get(demo.parentCode()));
      byCode.put(demo.code(), unit);
    }
    em.flush();
    Map<String, Long> ids = new HashMap<>();
    byCode.forEach((code, unit) -> ids.put(code, unit.getId()));
    return ids;
  }

  private static void bind(
      PreparedStatement insert, DemoOfficer o, long id, Map<String, Long> unitIds)
      throws SQLException {
    int i = 0;
    insert.setLong(++i, id);
    insert.setString(++i, o.policeNumber().value());
    insert.setString(++i, o.name());
    insert.setString(++i, o.gender().name());
    insert.setString(++i, o.ethnicity());
    insert.setString(++i, o.idNumber().value());
    insert.setDate(++i, Date.valueOf(o.birthDate()));
    insert.setDate(++i, Date.valueOf(o.firstEmploymentDate()));
    insert.setDate(++i, o.policeJoinDate() == null ? null : Date.valueOf(o.policeJoinDate()));
    insert.setString(++i, o.entryChannel().name());
    insert.setString(++i, o.category().name());
    insert.setString(++i, o.uniformNumber());
    insert.setString(++i, o.rankCode());
    insert.setString(++i, o.gradeCode());
    insert.setString(++i, o.lineCode());
    insert.setString(++i, o.postCode());
    insert.setInt(++i, o.frontLine() ? 1 : 0);
    insert.setString(++i, o.status().name());
    insert.setString(++i, o.education().name());
    insert.setString(++i, o.phone());
    insert.setLong(++i, unitIds.get(o.unitCode()));
    int n = Integer.parseInt(o.policeNumber().value());
    PoliticalStatus political = political(n);
    LocalDate joined = political.isPartyMember() ? partyJoined(o, n, political) : null;
    if (joined != null && joined.isBefore(o.birthDate().plusYears(18))) {
      political = PoliticalStatus.CYL_MEMBER; // too young to have joined the Party
      joined = null;
    }
    insert.setString(++i, political.name());
    insert.setDate(++i, joined == null ? null : Date.valueOf(joined));
    insert.setString(++i, PLACES[n % PLACES.length]);
    insert.setString(++i, PLACES[(n / 7) % 4 == 0 ? (n + 3) % PLACES.length : n % PLACES.length]);
    insert.setString(++i, NamePinyin.key(o.name()));
    insert.setString(++i, NamePinyin.initials(o.name()));
  }

  /** About six in ten are Party members, as in a police force. */
  private static PoliticalStatus political(int n) {
    int share = (n * 37) % 100;
    if (share < 56) {
      return PoliticalStatus.CPC_MEMBER;
    } else if (share < 60) {
      return PoliticalStatus.CPC_PROBATIONARY;
    } else if (share < 72) {
      return PoliticalStatus.CYL_MEMBER;
    } else if (share < 74) {
      return PoliticalStatus.DEMOCRATIC_PARTY;
    }
    return PoliticalStatus.MASSES;
  }

  /** A member joined between 21 and 28; a probationary member within the last year. */
  private static LocalDate partyJoined(DemoOfficer o, int n, PoliticalStatus political) {
    LocalDate today = LocalDate.now(ClockProducer.ZONE);
    if (political == PoliticalStatus.CPC_PROBATIONARY) {
      return today.minusDays(30 + n % 300);
    }
    LocalDate joined = o.birthDate().plusYears(21 + n % 8).withDayOfMonth(1);
    return joined.isAfter(today.minusYears(1)) ? today.minusYears(1) : joined;
  }
}
