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
    DataScope scope = currentUser.scope();
    OrgUnit unit = em.find(OrgUnit.class, unitId);
    if (unit == null) {
      throw new NotFoundException("OrgUnit", unitId);
    }
    scope.requireCovers(unit.getPath());
    return UnitRow.of(unit, nameRepeats(unit));
  }

  private boolean nameRepeats(OrgUnit unit) {
    return !em.createQuery(
            "SELECT t.id FROM OrgUnit t WHERE t.nameZh = :name AND t.id <> :id", Long.class)
        .setParameter("name", unit.getNameZh())
        .setParameter("id", unit.getId())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
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
