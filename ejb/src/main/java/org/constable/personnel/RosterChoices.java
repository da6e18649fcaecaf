package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/** The units the roster template lists as allowed values: the open units of the caller's scope. */
@Stateless
@Guard(Permissions.PERSONNEL_WRITE)
public class RosterChoices {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** The open units the caller may import into, in code order, one page at a time. */
  public List<UnitRow> units(int first, int pageSize) {
    DataScope scope = currentUser.scope();
    return em.createQuery(
            UnitRow.SELECT
                + " WHERE "
                + scope.jpqlCondition("u")
                + " AND u.closed = :closed ORDER BY u.code",
            UnitRow.class)
        .setParameter(DataScope.PARAMETER, scope.pathPattern())
        .setParameter("closed", false)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(pageSize, OfficerDirectory.MAX_PAGE_SIZE)))
        .getResultList();
  }
}
