package org.constable.demo.training;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.UnitKind;
import org.constable.platform.NativeSql;

/**
 * What the training demo reads of the force written before it: the organisers with their head
 * counts, officers of a unit, and everyone serving, a page at a time.
 */
final class ForceReader {

  private static final int PAGE = 1000;
  private static final String SERVING = NativeSql.literals(OfficerStatus.active());

  private final EntityManager em;
  private final Connection connection;

  ForceReader(EntityManager em, Connection connection) {
    this.em = em;
    this.connection = connection;
  }

  /** The city bureau first, then the county bureaus by code. */
  Orgs orgs() throws SQLException {
    List<OrgUnit> units =
        em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.code", OrgUnit.class).getResultList();
    Map<Long, OrgUnit> bureauOf = new HashMap<>();
    for (OrgUnit unit : units) {
      OrgUnit bureau = unit;
      while (bureau.getParent() != null && bureau.getKind() != UnitKind.COUNTY_BUREAU) {
        bureau = bureau.getParent();
      }
      bureauOf.put(unit.getId(), bureau);
    }
    Map<Long, int[]> heads = headCounts(bureauOf);
    List<OrgUnit> bureaus =
        bureauOf.values().stream()
            .distinct()
            .sorted(
                Comparator.comparing((OrgUnit u) -> u.getParent() != null)
                    .thenComparing(OrgUnit::getCode))
            .toList();
    List<Org> orgs = new ArrayList<>();
    for (OrgUnit bureau : bureaus) {
      int[] count = heads.getOrDefault(bureau.getId(), new int[2]);
      orgs.add(
          new Org(
              orgs.size(),
              bureau.getId(),
              bureau.getPath(),
              bureau.getNameZh(),
              bureau.getParent() == null,
              count[0],
              count[1]));
    }
    Map<Long, Org> byUnit = new HashMap<>();
    bureauOf.forEach((unit, bureau) -> byUnit.put(unit, orgs.get(bureaus.indexOf(bureau))));
    return new Orgs(List.copyOf(orgs), byUnit);
  }

  /** Serving police officers and everyone serving, per bureau. */
  private Map<Long, int[]> headCounts(Map<Long, OrgUnit> bureauOf) throws SQLException {
    Map<Long, int[]> heads = new HashMap<>();
    String sql =
        "SELECT unit_id, category, COUNT(*) FROM officer WHERE status IN "
            + SERVING
            + " GROUP BY unit_id, category";
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        int[] count =
            heads.computeIfAbsent(bureauOf.get(rows.getLong(1)).getId(), id -> new int[2]);
        int people = rows.getInt(3);
        count[0] += PersonnelCategory.POLICE.name().equals(rows.getString(2)) ? people : 0;
        count[1] += people;
      }
    }
    return heads;
  }

  /**
   * Police officers on duty under a bureau who joined over a year ago and are none of {@code
   * excluded}, those of one unit first, by police number.
   */
  List<Long> policeOnDuty(Org org, long unitFirst, Set<Long> excluded, int howMany, LocalDate today)
      throws SQLException {
    String sql =
        "SELECT o.id FROM officer o JOIN org_unit u ON u.id = o.unit_id"
            + " WHERE u.path LIKE ? AND o.category = 'POLICE' AND o.status = 'ON_DUTY'"
            + " AND COALESCE(o.police_join_date, o.first_employment_date) < ?"
            + " ORDER BY CASE WHEN o.unit_id = ? THEN 0 ELSE 1 END, o.police_number";
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, org.path() + "%");
      query.setDate(2, Date.valueOf(today.minusYears(1)));
      query.setLong(3, unitFirst);
      query.setMaxRows(howMany + excluded.size());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next() && ids.size() < howMany) {
          long id = rows.getLong(1);
          if (!excluded.contains(id)) {
            ids.add(id);
          }
        }
      }
    }
    if (ids.size() < howMany) {
      throw new IllegalStateException("The demo force has too few officers in " + org.nameZh());
    }
    return ids;
  }

  /** Everyone serving, by id, a page at a time: the force is never held in memory. */
  void forEachServing(Orgs orgs, Set<Long> protectedIds, Consumer<Trainee> sink)
      throws SQLException {
    String sql =
        "SELECT id, unit_id, COALESCE(police_join_date, first_employment_date), category, status"
            + " FROM officer WHERE status IN "
            + SERVING
            + " AND id > ? ORDER BY id FETCH FIRST "
            + PAGE
            + " ROWS ONLY";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      long after = 0;
      List<Trainee> page;
      do {
        page = new ArrayList<>(PAGE);
        query.setLong(1, after);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            long id = rows.getLong(1);
            page.add(
                new Trainee(
                    id,
                    orgs.byUnit().get(rows.getLong(2)),
                    rows.getDate(3).toLocalDate(),
                    PersonnelCategory.valueOf(rows.getString(4)),
                    OfficerStatus.valueOf(rows.getString(5)),
                    protectedIds.contains(id)));
          }
        }
        page.forEach(sink);
        after = page.isEmpty() ? after : page.get(page.size() - 1).id();
      } while (page.size() == PAGE);
    }
  }
}
