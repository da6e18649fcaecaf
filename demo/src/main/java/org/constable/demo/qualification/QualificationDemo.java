package org.constable.demo.qualification;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.constable.demo.CapabilityDemo;
import org.constable.demo.DemoContext;

/**
 * The demo force's certificates, such that the compliance report shows a realistic mix: most
 * serving police officers hold their law-enforcement qualification (a few have let it lapse, some
 * expire within the alerts' windows), legal officers mostly the advanced level and a quarter the
 * legal professional qualification, traffic and vehicle posts their certificates with gaps in some
 * units; a few certificates were renewed, one in a hundred revoked.
 */
@Dependent
public class QualificationDemo implements CapabilityDemo {

  private static final Logger LOG = Logger.getLogger(QualificationDemo.class.getName());

  /** An officer as the demo reads it. */
  private record Serving(long id, String policeNumber, String post, String unitKind) {}

  /** A certificate to write; renewed: the id of the one that replaced it. */
  private record Planned(
      long officerId,
      String policeNumber,
      String type,
      String number,
      LocalDate issued,
      LocalDate expires,
      boolean revoked) {}

  @Override
  public int order() {
    return 22;
  }

  @Override
  public void write(DemoContext context) {
    Connection connection = context.em().unwrap(Connection.class);
    SplittableRandom random = context.random("qualification");
    LocalDate today = context.today();
    try {
      List<Planned> planned = new ArrayList<>();
      for (Serving officer : serving(connection)) {
        plan(officer, random, today, planned);
      }
      write(connection, planned, context);
      LOG.info(String.format("Qualification demo: %d certificates", planned.size()));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the qualification demo", e);
    }
  }

  private static List<Serving> serving(Connection connection) throws SQLException {
    List<Serving> officers = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT o.id, o.police_number, o.post_code, u.kind FROM officer o"
                    + " JOIN org_unit u ON u.id = o.unit_id"
                    + " WHERE o.category = 'POLICE' AND o.status = 'ON_DUTY' ORDER BY o.id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        officers.add(
            new Serving(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
      }
    }
    return officers;
  }

  private static void plan(Serving o, SplittableRandom random, LocalDate today, List<Planned> out) {
    String post = o.post() == null ? "" : o.post();
    boolean head =
        "LD".equals(post) && (o.unitKind().startsWith("STATION") || "BRIGADE".equals(o.unitKind()));
    // the law-enforcement qualification: one in forty has none at all
    if (random.nextInt(40) > 0) {
      String level =
          "FZY".equals(post)
              ? (random.nextInt(10) < 8 ? "LE_ADV" : "LE_MID")
              : head ? (random.nextInt(10) < 7 ? "LE_MID" : "LE_BASIC") : "LE_BASIC";
      certificate(o, level, 5, random, today, out);
    }
    if ("FZY".equals(post) && random.nextInt(4) == 0) {
      out.add(
          new Planned(
              o.id(),
              o.policeNumber(),
              "LEGAL_PRO",
              "A" + o.policeNumber(),
              today.minusDays(400 + random.nextInt(3000)),
              null,
              false));
    }
    if ("SGCL".equals(post) && random.nextInt(6) > 0) {
      certificate(o, "ACCIDENT", 5, random, today, out);
    }
    if ("GLQ".equals(post) && random.nextInt(5) > 0) {
      certificate(o, "ACCIDENT_SIMPLE", 5, random, today, out);
    }
    if ("CG".equals(post)) {
      if (random.nextInt(4) > 0) {
        certificate(o, "DRIVING_EXAMINER", 3, random, today, out);
      }
      if (random.nextInt(3) > 0) {
        certificate(o, "VEHICLE_INSPECTOR", 3, random, today, out);
      }
    }
  }

  /**
   * Issued within its validity, so that it is valid today, mostly; one in twenty-five lapsed a few
   * weeks ago, one in a hundred revoked; one in eight is a renewal of an earlier one.
   */
  private static void certificate(
      Serving o,
      String type,
      int years,
      SplittableRandom random,
      LocalDate today,
      List<Planned> out) {
    int validDays = years * 365;
    LocalDate issued =
        random.nextInt(25) == 0
            ? today.minusYears(years).minusDays(5 + random.nextInt(40))
            : today.minusDays(random.nextInt(validDays - 2));
    String number = type.charAt(0) + o.policeNumber() + "-" + issued.getYear();
    if (random.nextInt(8) == 0) {
      LocalDate earlier = issued.minusYears(years);
      out.add(
          new Planned(
              o.id(),
              o.policeNumber(),
              type,
              number + "-R",
              earlier,
              earlier.plusYears(years).minusDays(1),
              false));
    }
    out.add(
        new Planned(
            o.id(),
            o.policeNumber(),
            type,
            number,
            issued,
            issued.plusYears(years).minusDays(1),
            random.nextInt(100) == 0));
  }

  private static void write(Connection connection, List<Planned> planned, DemoContext context)
      throws SQLException {
    long id = nextIds(connection, planned.size());
    List<Long> renewedIds = new ArrayList<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO officer_certificate (id, officer_id, type_code, cert_number, issued_on,"
                + " expires_on, revoked_on, revoke_reason, renewed_by_id, recorded_at,"
                + " police_number, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      for (Planned p : planned) {
        insert.setLong(1, id);
        insert.setLong(2, p.officerId());
        insert.setString(3, p.type());
        insert.setString(4, p.number());
        insert.setDate(5, Date.valueOf(p.issued()));
        insert.setDate(6, p.expires() == null ? null : Date.valueOf(p.expires()));
        LocalDate revoked = p.issued().plusDays(200);
        if (revoked.isAfter(context.today())) {
          revoked = context.today();
        }
        insert.setDate(7, p.revoked() ? Date.valueOf(revoked) : null);
        insert.setString(8, p.revoked() ? "违纪，暂扣执法资格" : null);
        // a renewal is written after the one it replaced, which points to it
        insert.setObject(9, null);
        insert.setTimestamp(10, Timestamp.valueOf(context.now()));
        insert.setString(11, p.policeNumber());
        insert.addBatch();
        if (p.number().endsWith("-R")) {
          renewedIds.add(id);
        }
        id++;
      }
      insert.executeBatch();
    }
    // a renewed one is planned just before its renewal, so the renewal has the next id; set by id,
    // because a correlated UPDATE let H2 pick a plan that took minutes at 100,000 officers
    try (PreparedStatement renewed =
        connection.prepareStatement(
            "UPDATE officer_certificate SET renewed_by_id = ? WHERE id = ?")) {
      for (long replaced : renewedIds) {
        renewed.setLong(1, replaced + 1);
        renewed.setLong(2, replaced);
        renewed.addBatch();
      }
      renewed.executeBatch();
    }
  }

  /**
   * Ids from the entities' sequence, which EclipseLink takes 50 at a time: a value V stands for the
   * ids V - 49 to V, so that blocks taken here and there never overlap.
   */
  private static long nextIds(Connection connection, int count) throws SQLException {
    long first = 0;
    int blocks = (count + 49) / 50;
    try (PreparedStatement next =
        connection.prepareStatement("SELECT qualification_seq.NEXTVAL FROM dual")) {
      for (int i = 0; i < blocks; i++) {
        try (ResultSet row = next.executeQuery()) {
          row.next();
          if (i == 0) {
            first = row.getLong(1);
          }
        }
      }
    }
    return first - 49;
  }
}
