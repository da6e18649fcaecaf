package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Permissions;

/** What the roster template lists as allowed values: active reference codes, the caller's units. */
@Stateless
public class RosterChoices {

  private static final Map<String, String> FIELD_OF_LIST =
      Map.of(
          ReferenceList.RANK, "rankCode",
          ReferenceList.GRADE, "gradeCode",
          ReferenceList.LINE, "lineCode",
          ReferenceList.POST, "postCode");

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** The active codes of the reference columns (rank, grade, line, post) with their names. */
  public Map<String, List<ReferenceData>> referenceChoices() {
    currentUser.require(Permissions.PERSONNEL_WRITE);
    Map<String, List<ReferenceData>> byField = new LinkedHashMap<>();
    em.createNamedQuery("ReferenceItem.findActive", ReferenceItem.class)
        .setParameter("active", true)
        .getResultStream()
        .filter(item -> FIELD_OF_LIST.containsKey(item.getListCode()))
        .forEach(
            item ->
                byField
                    .computeIfAbsent(FIELD_OF_LIST.get(item.getListCode()), f -> new ArrayList<>())
                    .add(
                        new ReferenceData(
                            item.getCode(),
                            item.getNameZh(),
                            item.getNameEn(),
                            item.getSortOrder())));
    return byField;
  }

  /** The open units the caller may import into, in code order, one page at a time. */
  public List<UnitRow> units(int first, int pageSize) {
    DataScope scope = currentUser.scopeFor(Permissions.PERSONNEL_WRITE);
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
