package org.constable.education;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.constable.security.DataScope;

/** The claims' lists, inside the services' transaction; scope applied by the caller's pattern. */
@Dependent
class ClaimQueries {

  @PersistenceContext private EntityManager em;

  List<ClaimRow> ofOfficer(long officerId) {
    return em.createQuery(
            "SELECT c FROM TuitionClaim c WHERE c.officer.id = :o ORDER BY c.filedAt DESC",
            TuitionClaim.class)
        .setParameter("o", officerId)
        .getResultStream()
        .map(TuitionClaim::row)
        .toList();
  }

  long standing(long enrolmentId) {
    return em.createQuery(
            "SELECT COUNT(c) FROM TuitionClaim c WHERE c.enrolment.id = :e AND c.state <> :rejected",
            Long.class)
        .setParameter("e", enrolmentId)
        .setParameter("rejected", ClaimState.REJECTED)
        .getSingleResult();
  }

  List<ClaimRow> desk(ClaimState state, String scopePattern, int first, int pageSize) {
    return query(
            "SELECT c FROM TuitionClaim c",
            state,
            scopePattern,
            " ORDER BY c.filedAt DESC, c.id",
            TuitionClaim.class)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultStream()
        .map(TuitionClaim::row)
        .toList();
  }

  long count(ClaimState state, String scopePattern) {
    return query("SELECT COUNT(c) FROM TuitionClaim c", state, scopePattern, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, ClaimState state, String scopePattern, String order, Class<T> type) {
    String where =
        " WHERE c.officer.unit.path LIKE :"
            + DataScope.PARAMETER
            + (state == null ? "" : " AND c.state = :state");
    TypedQuery<T> query =
        em.createQuery(select + where + order, type)
            .setParameter(DataScope.PARAMETER, scopePattern);
    return state == null ? query : query.setParameter("state", state);
  }
}
