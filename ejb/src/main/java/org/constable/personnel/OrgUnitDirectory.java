package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.constable.platform.Like;
import org.constable.platform.NotFoundException;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;

/**
 * Finds the org units inside the caller's data scope, in code order, paged in the database: for the
 * unit pickers of every page, so any logged-in caller may look up the units of its own scope.
 */
@Stateless
@Guard
public class OrgUnitDirectory {

  private static final String TEXT_CONDITION =
      " AND (u.nameZh LIKE :text"
          + Like.ESCAPE
          + " OR LOWER(u.nameEn) LIKE :text"
          + Like.ESCAPE
          + " OR u.code LIKE :code"
          + Like.ESCAPE
          + ")";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** Units whose name (Chinese or English) contains {@code text} or whose code starts with it. */
  public List<UnitRow> search(String text, int first, int pageSize) {
    return query(UnitRow.SELECT, UnitRow.class, text, " ORDER BY u.code")
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(pageSize, OfficerDirectory.MAX_PAGE_SIZE)))
        .getResultList();
  }

  public long count(String text) {
    return query("SELECT COUNT(u) FROM OrgUnit u", Long.class, text, "").getSingleResult();
  }

  /** One unit inside the caller's scope. */
  public UnitRow find(long unitId) {
    return rowInScope(em.find(OrgUnit.class, unitId), unitId);
  }

  /** One unit inside the caller's scope, by its code: what a form that keeps codes shows. */
  public UnitRow findByCode(String code) {
    OrgUnit unit =
        em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return rowInScope(unit, code);
  }

  private UnitRow rowInScope(OrgUnit unit, Object key) {
    if (unit == null) {
      throw new NotFoundException("OrgUnit", key);
    }
    currentUser.scope().requireCovers(unit.getPath());
    return em.createQuery(UnitRow.SELECT + " WHERE u.id = :id", UnitRow.class)
        .setParameter("id", unit.getId())
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(String select, Class<T> type, String text, String order) {
    DataScope scope = currentUser.scope();
    boolean filtered = text != null && !text.isBlank();
    String jpql =
        select + " WHERE " + scope.jpqlCondition("u") + (filtered ? TEXT_CONDITION : "") + order;
    TypedQuery<T> query =
        em.createQuery(jpql, type).setParameter(DataScope.PARAMETER, scope.pathPattern());
    if (filtered) {
      String typed = text.strip();
      query.setParameter("text", Like.contains(typed.toLowerCase(Locale.ROOT)));
      query.setParameter("code", Like.prefix(typed));
    }
    return query;
  }
}
