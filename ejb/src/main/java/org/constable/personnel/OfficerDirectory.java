package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.NotFoundException;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Permissions;
import org.constable.security.Role;

/**
 * Finds officers for the list, the record page and the REST API, always within the caller's data
 * scope. Paging, sorting and filtering run in the database.
 */
@Stateless
public class OfficerDirectory {

  /** The largest page a caller gets, however many rows it asks for. */
  public static final int MAX_PAGE_SIZE = 200;

  /** The page an export reads at a time: larger than a screen's, still never the whole list. */
  public static final int EXPORT_PAGE_SIZE = 1000;

  private static final String ENTITY = "Officer";
  private static final String FROM = " FROM Officer o JOIN o.unit u";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;

  public List<OfficerRow> search(OfficerFilter filter, OfficerSort sort, int first, int pageSize) {
    return page(filter, sort, first, Math.min(pageSize, MAX_PAGE_SIZE));
  }

  /** One page of an export of the list, {@link #EXPORT_PAGE_SIZE} rows long. */
  public List<OfficerRow> exportPage(OfficerFilter filter, OfficerSort sort, int first) {
    return page(filter, sort, first, EXPORT_PAGE_SIZE);
  }

  /** Records that the caller exported the list, before the first page is read. */
  public void recordExport(String action) {
    currentUser.require(Permissions.PERSONNEL_READ);
    audit.record("OfficerList", "export", action, Changes.none());
  }

  private List<OfficerRow> page(OfficerFilter filter, OfficerSort sort, int first, int pageSize) {
    OfficerConditions conditions = conditions(filter);
    OfficerSort order = sort == null ? OfficerSort.DEFAULT : sort;
    return conditions
        .bind(
            em.createQuery(
                OfficerRow.SELECT + FROM + conditions.where() + order.orderBy(), Object[].class))
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, pageSize))
        .getResultStream()
        .map(OfficerRow::of)
        .toList();
  }

  public long count(OfficerFilter filter) {
    OfficerConditions conditions = conditions(filter);
    return conditions
        .bind(em.createQuery("SELECT COUNT(o)" + FROM + conditions.where(), Long.class))
        .getSingleResult();
  }

  /**
   * One officer's record: a caller's own record, or, for HR, ADMIN and LEADER, an officer inside
   * its scope.
   */
  public OfficerDetails find(long officerId) {
    AccountPrincipal me = currentUser.require();
    boolean own = officerId == me.officerId() && me.can(Permissions.SELF_READ);
    if (!own && !readsOthers(me)) {
      throw new AccessDeniedException();
    }
    Officer officer = load(officerId);
    if (!own) {
      DataScope.of(me).requireCovers(officer.getUnit());
    }
    return OfficerDetails.of(officer);
  }

  /** The whole ID number, for HR within its scope; each view is audited. */
  public String revealIdNumber(long officerId) {
    DataScope scope = currentUser.scopeFor(Permissions.PERSONNEL_WRITE);
    Officer officer = load(officerId);
    scope.requireCovers(officer.getUnit());
    audit.record(ENTITY, officerId, "VIEW_ID_NUMBER", Changes.none());
    return officer.getIdNumber();
  }

  private OfficerConditions conditions(OfficerFilter filter) {
    DataScope scope = currentUser.scopeFor(Permissions.PERSONNEL_READ);
    OfficerFilter f = filter == null ? OfficerFilter.none() : filter;
    String unitPath = null;
    if (f.unitId() != null) {
      OrgUnit unit = em.find(OrgUnit.class, f.unitId());
      if (unit == null) {
        throw new NotFoundException("OrgUnit", f.unitId());
      }
      scope.requireCovers(unit);
      unitPath = unit.getPath();
    }
    return OfficerConditions.of(scope, f, unitPath);
  }

  // LEADER evaluates the officers of its units, so it reads their records without personnel:read.
  private static boolean readsOthers(AccountPrincipal me) {
    return me.can(Permissions.PERSONNEL_READ) || me.has(Role.LEADER);
  }

  private Officer load(long officerId) {
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException(ENTITY, officerId);
    }
    return officer;
  }
}
