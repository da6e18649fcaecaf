package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/** 不合格复训 and 复训不合格离岗培训 of HR's scope: who is due, who failed and went off post. */
@Stateless
@Guard(Permissions.TRAINING_MANAGE)
public class Retrainings {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  public java.util.List<RetrainingRow> list(RetrainingStatus status, int first, int pageSize) {
    return query(
            RetrainingRow.SELECT,
            RetrainingRow.class,
            status,
            " ORDER BY r.openedOn DESC, o.policeNumber")
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(pageSize, 200)))
        .getResultList();
  }

  public long count(RetrainingStatus status) {
    return query(
            "SELECT COUNT(r) FROM Retraining r JOIN r.officer o JOIN o.unit u JOIN r.course c",
            Long.class,
            status,
            "")
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, Class<T> type, RetrainingStatus status, String order) {
    DataScope scope = currentUser.scope();
    return em.createQuery(
            select + " WHERE r.status = :status AND " + scope.jpqlCondition("u") + order, type)
        .setParameter("status", status)
        .setParameter(DataScope.PARAMETER, scope.pathPattern());
  }
}
