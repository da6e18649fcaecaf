package org.constable.qualification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.WholeForce;
import org.constable.platform.IdOrder;
import org.constable.platform.Like;
import org.constable.platform.NativeSql;
import org.constable.platform.NotFoundException;
import org.constable.security.CurrentUser;

/** The certificate lists: one officer's, and HR's search over its scope. */
@Dependent
class CertificateQueries {

  private static final String SELECT =
      "SELECT c.id, o.id, o.police_number, o.name, u.label_zh name_zh, u.label_en name_en, c.type_code,"
          + " c.cert_number, c.issued_on, c.expires_on, c.revoked_on, c.revoke_reason,"
          + " c.renewed_by_id, c.scan_name, c.recorded_at, r.name, c.version";

  private static final String FROM =
      " FROM officer_certificate c JOIN officer o ON o.id = c.officer_id"
          + " JOIN org_unit u ON u.id = o.unit_id";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  List<CertificateRow> ofOfficer(long officerId, LocalDate today, int warningDays) {
    return new NativeSql()
            .sql(SELECT + FROM + " LEFT JOIN officer r ON r.police_number = c.recorded_by")
            .sql(" WHERE c.officer_id = ")
            .value(officerId)
            .sql(
                " ORDER BY CASE WHEN c.renewed_by_id IS NULL AND c.revoked_on IS NULL THEN 0 ELSE 1 END,")
            .sql(" c.type_code, c.issued_on DESC, c.id DESC")
            .rows(em)
            .stream()
            .map(r -> row(r, today, warningDays))
            .toList();
  }

  /**
   * A page of HR's list, by police number, then type, newest first. Its ids first: over the whole
   * force, unless a name is typed, from the certificates alone, walking their police number index
   * to the page; else from the scope's officers by unit. Then the page's rows by id.
   */
  List<CertificateRow> search(
      CertificateFilter filter, LocalDate today, int warningDays, int first, int pageSize) {
    String path = forceOrPath(filter);
    boolean alone = path == null && !byName(filter);
    NativeSql ids =
        new NativeSql()
            .sql(
                "SELECT c.id"
                    + (alone
                        ? " FROM officer_certificate c"
                        : " FROM officer o JOIN officer_certificate c ON c.officer_id = o.id"));
    where(ids, filter, path, today, warningDays);
    List<Long> page =
        ids.sql(" ORDER BY c.police_number, c.type_code, c.issued_on DESC, c.id DESC")
            .page(Math.max(0, first), Math.max(1, Math.min(pageSize, 1000)))
            .ids(em);
    if (page.isEmpty()) {
      return List.of();
    }
    List<CertificateRow> rows =
        new NativeSql()
                .sql(SELECT + FROM + " LEFT JOIN officer r ON r.police_number = c.recorded_by")
                .sql(" WHERE c.id IN (" + NativeSql.idList(page) + ")")
                .rows(em)
                .stream()
                .map(r -> row(r, today, warningDays))
                .toList();
    return IdOrder.of(page, rows, CertificateRow::id);
  }

  /**
   * Over the whole force with no name typed the count needs no officer: at 100,000 officers the
   * joins to each certificate's officer and unit were nearly all of its half second.
   */
  long count(CertificateFilter filter, LocalDate today, int warningDays) {
    String path = forceOrPath(filter);
    boolean alone = path == null && !byName(filter);
    NativeSql sql =
        new NativeSql().sql("SELECT COUNT(*)" + (alone ? " FROM officer_certificate c" : FROM));
    where(sql, filter, path, today, warningDays);
    return sql.count(em);
  }

  /** The unit path of the list's scope, or null when that is the whole force. */
  private String forceOrPath(CertificateFilter filter) {
    String path = unitPath(filter);
    return WholeForce.coveredBy(em, path) ? null : path;
  }

  /** Typed text that is not a police number: names and certificate numbers are searched. */
  private static boolean byName(CertificateFilter filter) {
    String text = text(filter);
    return !text.isEmpty() && !text.matches("\\d+");
  }

  private String unitPath(CertificateFilter filter) {
    if (filter.unitId() == null) {
      return currentUser.scope().unitPath();
    }
    OrgUnit unit = em.find(OrgUnit.class, filter.unitId());
    if (unit == null) {
      throw new NotFoundException("OrgUnit", filter.unitId());
    }
    currentUser.scope().requireCovers(unit.getPath());
    return unit.getPath();
  }

  private static String text(CertificateFilter filter) {
    return filter.text() == null ? "" : filter.text().strip();
  }

  /** The filter's conditions; {@code path} null: no unit condition (the whole force). */
  private static void where(
      NativeSql sql, CertificateFilter filter, String path, LocalDate today, int warningDays) {
    sql.sql(" WHERE 1 = 1");
    if (path != null) {
      sql.sql(" AND o.unit_id IN (SELECT id FROM org_unit WHERE path LIKE ").value(path + "%");
      sql.sql(")");
    }
    String text = text(filter);
    if (text.matches("\\d+")) {
      sql.sql(" AND c.police_number LIKE ").value(text + "%");
    } else if (!text.isEmpty()) {
      sql.sql(" AND (o.name LIKE ").value(Like.contains(text)).sql(Like.ESCAPE);
      sql.sql(" OR c.cert_number LIKE ").value(Like.contains(text)).sql(Like.ESCAPE + ")");
    }
    if (filter.typeCode() != null && !filter.typeCode().isBlank()) {
      sql.sql(" AND c.type_code = ").value(filter.typeCode());
    }
    if (filter.status() != null) {
      sql.sql(" AND " + statusSql(filter.status(), today, warningDays));
    }
  }

  /** The conditions of {@link CertificateValidity#status} in SQL. */
  private static String statusSql(CertificateStatus status, LocalDate today, int warningDays) {
    String d = QualificationSql.day(today);
    String notRevoked = "(c.revoked_on IS NULL OR c.revoked_on > " + d + ")";
    String standing = notRevoked + " AND c.renewed_by_id IS NULL";
    String warnFrom = QualificationSql.day(today.plusDays(warningDays));
    return switch (status) {
      case REVOKED -> "c.revoked_on <= " + d;
      case RENEWED -> notRevoked + " AND c.renewed_by_id IS NOT NULL";
      case EXPIRED -> standing + " AND c.expires_on < " + d;
      case EXPIRING -> standing + " AND c.expires_on >= " + d + " AND c.expires_on <= " + warnFrom;
      case VALID -> standing + " AND (c.expires_on IS NULL OR c.expires_on > " + warnFrom + ")";
    };
  }

  private static CertificateRow row(Object[] r, LocalDate today, int warningDays) {
    LocalDate expires = NativeSql.date(r[9]);
    LocalDate revoked = NativeSql.date(r[10]);
    Long renewedBy = r[12] == null ? null : NativeSql.number(r[12]);
    return new CertificateRow(
        NativeSql.number(r[0]),
        NativeSql.number(r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        NativeSql.date(r[8]),
        expires,
        revoked,
        (String) r[11],
        renewedBy,
        CertificateValidity.status(expires, revoked, renewedBy != null, today, warningDays),
        (String) r[13],
        NativeSql.dateTime(r[14]),
        (String) r[15],
        NativeSql.number(r[16]));
  }
}
