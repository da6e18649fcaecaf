package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.platform.BusinessException;
import org.constable.platform.NativeSql;
import org.constable.platform.NotFoundException;
import org.constable.platform.OracleLimits;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Finds officers for the list, the record page and the REST API, always within the caller's data
 * scope. Paging, sorting and filtering run in the database.
 */
@Stateless
@Guard(Permissions.PERSONNEL_READ)
public class OfficerDirectory {

  /** The largest page a caller gets, however many rows it asks for. */
  public static final int MAX_PAGE_SIZE = 200;

  /**
   * The page an export reads at a time: larger than a screen's, still never the whole list. Its
   * police numbers go into one IN list: at most {@link
   * org.constable.platform.OracleLimits#IN_LIST}.
   */
  public static final int EXPORT_PAGE_SIZE = 1000;

  private static final String ENTITY = "Officer";
  private static final String FROM = " FROM Officer o JOIN o.unit u";
  private static final String FROM_FETCH = " FROM Officer o JOIN FETCH o.unit u";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private SecurityLog securityLog;
  @Inject @Any private Instance<OfficerMarkSource> markSources;
  @Inject private Clock clock;
  @Inject private OfficerRecords records;

  public List<OfficerRow> search(OfficerFilter filter, OfficerSort sort, int first, int pageSize) {
    return page(conditions(filter), sort, first, Math.min(pageSize, MAX_PAGE_SIZE));
  }

  /**
   * A page of the list and the list's total, as the REST list answers: one scope check for both.
   */
  public record CountedPage(long total, List<OfficerRow> rows) {}

  public CountedPage countedPage(OfficerFilter filter, OfficerSort sort, int first, int pageSize) {
    OfficerConditions conditions = conditions(filter);
    return new CountedPage(
        count(conditions), page(conditions, sort, first, Math.min(pageSize, MAX_PAGE_SIZE)));
  }

  /** A page's police numbers and the list's total. */
  public record PageFloor(long total, List<String> policeNumbers) {}

  /**
   * The least work that answers a page of the list, for the benchmark's floor: its count and the
   * page's police numbers in order, the SQL alone (no rows read, no marks).
   */
  public PageFloor floor(OfficerFilter filter, OfficerSort sort, int first, int pageSize) {
    OfficerConditions conditions = conditions(filter);
    return new PageFloor(
        count(conditions),
        policeNumbers(
            conditions,
            sort == null ? OfficerSort.DEFAULT : sort,
            Math.max(0, first),
            Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE))));
  }

  /** One page of an export of the list, {@link #EXPORT_PAGE_SIZE} rows long. */
  public List<OfficerRow> exportPage(OfficerFilter filter, OfficerSort sort, int first) {
    return page(conditions(filter), sort, first, EXPORT_PAGE_SIZE);
  }

  /**
   * One page of the list as whole records, in the roster's fields, for an export that can be
   * corrected and imported again: the ID number masked as on the page (the import reads the mask as
   * the number on the record).
   */
  public List<OfficerInput> rosterPage(OfficerFilter filter, OfficerSort sort, int first) {
    OfficerSort order = sort == null ? OfficerSort.DEFAULT : sort;
    List<String> numbers =
        policeNumbers(conditions(filter), order, Math.max(0, first), EXPORT_PAGE_SIZE);
    if (numbers.isEmpty()) {
      return List.of();
    }
    List<OfficerInput> records =
        em.createQuery(
                "SELECT o" + FROM_FETCH + " WHERE o.policeNumber IN :numbers" + order.orderBy(),
                Officer.class)
            .setParameter("numbers", numbers)
            .getResultStream()
            .map(o -> o.toInput().withIdNumber(o.getMaskedIdNumber()))
            .toList();
    em.clear();
    return records;
  }

  /** Records that the caller exported the list, before the first page is read. */
  public void recordExport(String action) {
    audit.record("OfficerList", "export", action, Changes.none());
  }

  /**
   * In two steps: a native query finds the page's police numbers in a shape that H2 answers from an
   * index at 100,000 officers ({@link #policeNumbers}), and JPQL then reads those rows.
   */
  private List<OfficerRow> page(
      OfficerConditions conditions, OfficerSort sort, int first, int pageSize) {
    OfficerSort order = sort == null ? OfficerSort.DEFAULT : sort;
    List<String> numbers =
        policeNumbers(conditions, order, Math.max(0, first), Math.max(1, pageSize));
    if (numbers.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            OfficerRow.SELECT + FROM + " WHERE o.policeNumber IN :numbers" + order.orderBy(),
            Object[].class)
        .setParameter("numbers", numbers)
        .getResultStream()
        .map(OfficerRow::of)
        .toList();
  }

  /**
   * The police numbers of one page, in order, in one of two ways. The whole force (perhaps by line,
   * post, status or category) in an indexed order, near its start: the database walks the order's
   * index and stops at the page. Otherwise (a county or unit, a name typed, a unit name as the
   * order, or a page deep in the list): it collects the matches, unit by unit from the covering
   * index ix_officer_list where there is a scope (V4), and sorts only those. The list columns'
   * conditions are written so that no index of theirs tempts the database away from either way
   * ({@link OfficerConditions}).
   */
  private List<String> policeNumbers(
      OfficerConditions conditions, OfficerSort order, int first, int size) {
    List<Object> values = conditions.sqlValues();
    int n = values.size();
    Query query =
        em.createNativeQuery(
            "SELECT o.police_number"
                + from(conditions, !order.hasIndex())
                + conditions.officerSql()
                + order.sqlOrderBy()
                + " OFFSET ?"
                + (n + 1)
                + " ROWS FETCH NEXT ?"
                + (n + 2)
                + " ROWS ONLY");
    bind(query, values);
    query.setParameter(n + 1, first).setParameter(n + 2, size);
    return ((List<?>) query.getResultList()).stream().map(Object::toString).toList();
  }

  /** FROM and WHERE up to the officer's conditions: the units only where there is a scope. */
  private static String from(OfficerConditions conditions, boolean unitColumns) {
    if (conditions.everyUnit()) {
      return unitColumns
          ? " FROM officer o JOIN org_unit u ON u.id = o.unit_id WHERE 1=1"
          : " FROM officer o WHERE 1=1";
    }
    return " FROM org_unit u JOIN officer o ON o.unit_id = u.id WHERE " + conditions.unitSql();
  }

  /**
   * Over the whole force, with the list columns' indexes (ix_officer_line, ix_officer_post,
   * ix_officer_training); within units, unit by unit.
   */
  public long count(OfficerFilter filter) {
    return count(conditions(filter));
  }

  private long count(OfficerConditions conditions) {
    Query query =
        em.createNativeQuery(
            "SELECT COUNT(*)"
                + from(conditions, false)
                + conditions.officerSql(conditions.everyUnit()));
    bind(query, conditions.sqlValues());
    return NativeSql.number(query.getSingleResult());
  }

  private static void bind(Query query, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
  }

  /**
   * One officer's record: a caller's own record, or, for HR, ADMIN and LEADER, an officer inside
   * its scope.
   */
  @Guard
  public OfficerDetails find(long officerId) {
    return OfficerDetails.of(records.readable(officerId));
  }

  /** The whole ID number, for HR within its scope; each view is audited. */
  @Guard(Permissions.PERSONNEL_WRITE)
  public String revealIdNumber(long officerId) {
    Officer officer = load(officerId);
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    audit.record(ENTITY, officerId, "VIEW_ID_NUMBER", Changes.none());
    securityLog.record(
        SecurityEventType.SENSITIVE_READ, SecurityOutcome.SUCCESS, officerId, "idNumber");
    return officer.getIdNumber();
  }

  private OfficerConditions conditions(OfficerFilter filter) {
    DataScope scope = currentUser.scope();
    OfficerFilter f = filter == null ? OfficerFilter.none() : filter;
    String unitPath = null;
    if (f.unitId() != null) {
      OrgUnit unit = em.find(OrgUnit.class, f.unitId());
      if (unit == null) {
        throw new NotFoundException("OrgUnit", f.unitId());
      }
      scope.requireCovers(unit.getPath());
      unitPath = unit.getPath();
    }
    String markSql = null;
    if (f.markCode() != null && !f.markCode().isBlank()) {
      markSql =
          marks(LocalDate.now(clock)).stream()
              .filter(mark -> mark.code().equals(f.markCode()))
              .findFirst()
              .map(OfficerMark::sql)
              .orElseThrow(() -> new BusinessException("officers.unknownMark", f.markCode()));
    }
    return OfficerConditions.of(
        scope,
        f,
        unitPath,
        markSql,
        unitPath == null && WholeForce.coveredBy(em, scope.unitPath()));
  }

  /** The codes of the marks the list can filter by, in the capabilities' order. */
  public List<String> markCodes() {
    return marks(LocalDate.now(clock)).stream().map(OfficerMark::code).toList();
  }

  /** The marks on each of these officers today (those of the caller's scope; others have none). */
  public Map<Long, List<String>> marksOn(List<Long> officerIds) {
    return marksWithin(officerIds, currentUser.scope().pathPattern());
  }

  /** The marks on one officer's record: its own, or one the caller may read. */
  @Guard
  public List<String> marksOf(long officerId) {
    find(officerId);
    return marksWithin(List.of(officerId), "%").getOrDefault(officerId, List.of());
  }

  private Map<Long, List<String>> marksWithin(List<Long> officerIds, String pathPattern) {
    Map<Long, List<String>> marked = new LinkedHashMap<>();
    if (officerIds.isEmpty()) {
      return marked;
    }
    for (OfficerMark mark : marks(LocalDate.now(clock))) {
      for (List<Long> chunk : OracleLimits.chunks(officerIds, OracleLimits.IN_LIST)) {
        new NativeSql()
            .sql("SELECT o.id FROM officer o JOIN org_unit u ON u.id = o.unit_id WHERE o.id IN (")
            .sql(NativeSql.idList(chunk) + ") AND u.path LIKE ")
            .value(pathPattern)
            .sql(" AND (" + mark.sql() + ")")
            .column(em)
            .forEach(
                id ->
                    marked
                        .computeIfAbsent(NativeSql.number(id), k -> new ArrayList<>())
                        .add(mark.code()));
      }
    }
    return marked;
  }

  private List<OfficerMark> marks(LocalDate day) {
    List<OfficerMark> marks = new ArrayList<>();
    markSources.forEach(source -> marks.addAll(source.marks(day)));
    return marks;
  }

  // LEADER evaluates the officers of its units, so it reads their records without personnel:read.
  private Officer load(long officerId) {
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException(ENTITY, officerId);
    }
    return officer;
  }
}
