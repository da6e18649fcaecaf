package org.constable.qualification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.UnitRow;
import org.constable.platform.NativeSql;
import org.constable.platform.NotFoundException;
import org.constable.platform.OracleLimits;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Each requirement on a day, over the caller's scope, down the unit tree to the officers who fall
 * short. One grouped query per requirement counts the officers subject to it and those who meet it
 * in every unit; the tree is summed here from the units' paths, which hold their ancestors' ids.
 */
@Stateless
@Guard(Permissions.QUALIFICATION_MANAGE)
public class ComplianceReport {

  /** The most rows of officers who fall short that one page takes. */
  public static final int LARGEST_PAGE = 500;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private RequirementStore requirements;

  /** Every active requirement over the caller's scope. */
  public List<ComplianceLine> summary(LocalDate day) {
    String scope = currentUser.scope().pathPattern();
    List<ComplianceLine> lines = new ArrayList<>();
    for (CertificateRequirement requirement : requirements.activeEntities()) {
      ComplianceFigure total = ComplianceFigure.none(requirement.getTargetPercent());
      for (Object[] row : counts(requirement, scope, day)) {
        total = total.plus(NativeSql.number(row[1]), NativeSql.number(row[2]));
      }
      lines.add(new ComplianceLine(RequirementView.of(requirement), total));
    }
    return lines;
  }

  /**
   * The summary's figures by the least work that gives them, for the benchmark's floor: one
   * ungrouped aggregate per requirement over the scope, no unit paths, nothing summed here.
   */
  public Map<Long, List<Long>> bareFigures(LocalDate day) {
    Map<Long, List<Long>> figures = new LinkedHashMap<>();
    for (CertificateRequirement requirement : requirements.activeEntities()) {
      Object[] row =
          new NativeSql()
              .sql("SELECT COUNT(*), SUM(CASE WHEN ")
              .sql(QualificationSql.holds(requirement, day))
              .sql(" THEN 1 ELSE 0 END) FROM officer o JOIN org_unit u ON u.id = o.unit_id WHERE ")
              .sql(QualificationSql.subject(requirement))
              .sql(" AND u.path LIKE ")
              .value(currentUser.scope().pathPattern())
              .rows(em)
              .get(0);
      figures.put(
          requirement.getId(),
          List.of(NativeSql.number(row[0]), row[1] == null ? 0L : NativeSql.number(row[1])));
    }
    return figures;
  }

  /**
   * A requirement in a unit of the caller's scope (null: the scope's own unit), by unit beneath.
   */
  public UnitCompliance units(long requirementId, Long unitId, LocalDate day) {
    CertificateRequirement requirement = requirements.entity(requirementId);
    OrgUnit unit = unitInScope(unitId);
    Map<Long, ComplianceFigure> byChild = new LinkedHashMap<>();
    ComplianceFigure own = ComplianceFigure.none(requirement.getTargetPercent());
    ComplianceFigure total = own;
    for (Object[] row : counts(requirement, unit.getPath() + "%", day)) {
      String path = (String) row[0];
      long subjects = NativeSql.number(row[1]);
      long holders = NativeSql.number(row[2]);
      total = total.plus(subjects, holders);
      if (path.equals(unit.getPath())) {
        own = own.plus(subjects, holders);
      } else {
        long child = Long.parseLong(path.substring(unit.getPath().length()).split("/")[0]);
        byChild.merge(
            child,
            ComplianceFigure.none(requirement.getTargetPercent()).plus(subjects, holders),
            (a, b) -> a.plus(b.subjects(), b.holders()));
      }
    }
    List<UnitCompliance.Row> rows = new ArrayList<>();
    if (own.subjects() > 0) {
      rows.add(new UnitCompliance.Row(row(unit), true, own));
    }
    for (UnitRow child : unitRows(byChild.keySet())) {
      rows.add(new UnitCompliance.Row(child, false, byChild.get(child.id())));
    }
    return new UnitCompliance(RequirementView.of(requirement), trail(unit), total, rows);
  }

  /**
   * The officers of a unit (and beneath it) who fall short on the day, by unit and police number.
   */
  public List<ShortfallRow> shortfall(
      long requirementId, Long unitId, LocalDate day, int first, int pageSize) {
    CertificateRequirement requirement = requirements.entity(requirementId);
    OrgUnit unit = unitInScope(unitId);
    String accepted =
        requirement.getTypeCodes().isEmpty()
            ? "(NULL)"
            : QualificationSql.codes(requirement.getTypeCodes());
    // the last certificate that would have counted, newest expiry first
    String last =
        "SELECT c.type_code FROM officer_certificate c WHERE c.officer_id = o.id AND c.type_code IN "
            + accepted;
    return new NativeSql()
            .sql(
                "SELECT o.id, o.police_number, o.name, u.label_zh name_zh, u.label_en name_en, o.post_code, (")
            .sql(
                last
                    + " ORDER BY c.expires_on DESC NULLS FIRST, c.id DESC FETCH FIRST 1 ROWS ONLY), (")
            .sql(last.replace("c.type_code FROM", "MAX(c.expires_on) FROM") + "), (")
            .sql(last.replace("c.type_code FROM", "MAX(c.revoked_on) FROM") + ")")
            .sql(shortfallFrom(requirement, day))
            .value(unit.getPath() + "%")
            .sql(" ORDER BY u.path, o.police_number OFFSET ")
            .sql(
                Math.max(0, first)
                    + " ROWS FETCH NEXT "
                    + Math.max(1, Math.min(pageSize, LARGEST_PAGE)))
            .sql(" ROWS ONLY")
            .rows(em)
            .stream()
            .map(
                r ->
                    new ShortfallRow(
                        NativeSql.number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        NativeSql.date(r[7]),
                        NativeSql.date(r[8])))
            .toList();
  }

  public long shortfallCount(long requirementId, Long unitId, LocalDate day) {
    CertificateRequirement requirement = requirements.entity(requirementId);
    OrgUnit unit = unitInScope(unitId);
    return new NativeSql()
        .sql("SELECT COUNT(*)")
        .sql(shortfallFrom(requirement, day))
        .value(unit.getPath() + "%")
        .count(em);
  }

  private static String shortfallFrom(CertificateRequirement requirement, LocalDate day) {
    return " FROM officer o JOIN org_unit u ON u.id = o.unit_id WHERE "
        + QualificationSql.subject(requirement)
        + " AND NOT "
        + QualificationSql.holds(requirement, day)
        + " AND u.path LIKE ";
  }

  /** Per unit path: the officers subject to the requirement and those of them who meet it. */
  List<Object[]> counts(CertificateRequirement requirement, String pathPattern, LocalDate day) {
    return new NativeSql()
        .sql("SELECT u.path, COUNT(*), SUM(CASE WHEN ")
        .sql(QualificationSql.holds(requirement, day))
        .sql(" THEN 1 ELSE 0 END) FROM officer o JOIN org_unit u ON u.id = o.unit_id WHERE ")
        .sql(QualificationSql.subject(requirement))
        .sql(" AND u.path LIKE ")
        .value(pathPattern)
        .sql(" GROUP BY u.path")
        .rows(em);
  }

  private OrgUnit unitInScope(Long unitId) {
    DataScope scope = currentUser.scope();
    if (unitId == null) {
      return em.createQuery("SELECT u FROM OrgUnit u WHERE u.path = :path", OrgUnit.class)
          .setParameter("path", scope.unitPath())
          .getSingleResult();
    }
    OrgUnit unit = em.find(OrgUnit.class, unitId);
    if (unit == null) {
      throw new NotFoundException("OrgUnit", unitId);
    }
    scope.requireCovers(unit.getPath());
    return unit;
  }

  /** From the caller's scope down to the unit. */
  private List<UnitRow> trail(OrgUnit unit) {
    List<UnitRow> trail = new ArrayList<>();
    for (OrgUnit u = unit;
        u != null && currentUser.scope().covers(u.getPath());
        u = u.getParent()) {
      trail.add(0, row(u));
    }
    return trail;
  }

  private List<UnitRow> unitRows(java.util.Collection<Long> ids) {
    List<UnitRow> rows = new ArrayList<>();
    for (List<Long> chunk : OracleLimits.chunks(ids, OracleLimits.IN_LIST)) {
      rows.addAll(
          em.createQuery(UnitRow.SELECT + " WHERE u.id IN :ids", UnitRow.class)
              .setParameter("ids", chunk)
              .getResultList());
    }
    rows.sort(java.util.Comparator.comparing(UnitRow::code));
    return rows;
  }

  private static UnitRow row(OrgUnit u) {
    return UnitRow.of(u, false);
  }
}
