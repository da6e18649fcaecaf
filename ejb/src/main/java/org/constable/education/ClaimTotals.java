package org.constable.education;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.OrgUnit;
import org.constable.platform.NativeSql;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Claims and amounts per year and unit for HR's report: summed in the database per officer's unit
 * and year, then rolled up to the units directly beneath the root of the caller's scope.
 */
@Stateless
@Guard(Permissions.EDUCATION_MANAGE)
public class ClaimTotals {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  public List<ClaimTotal> perYearAndUnit() {
    String root = currentUser.scope().unitPath();
    List<OrgUnit> children =
        em.createQuery(
                "SELECT u FROM OrgUnit u WHERE u.parent.path = :p ORDER BY u.code", OrgUnit.class)
            .setParameter("p", root)
            .getResultList();
    OrgUnit rootUnit =
        em.createQuery("SELECT u FROM OrgUnit u WHERE u.path = :p", OrgUnit.class)
            .setParameter("p", root)
            .getSingleResult();
    List<Object[]> sums =
        new NativeSql()
            .sql("SELECT u.path, EXTRACT(YEAR FROM c.filed_at), COUNT(*), SUM(c.rule_amount),")
            .sql(" SUM(COALESCE(c.approved_amount, 0)), SUM(COALESCE(c.paid_amount, 0))")
            .sql(" FROM education_claim c JOIN officer o ON o.id = c.officer_id")
            .sql(" JOIN org_unit u ON u.id = o.unit_id WHERE u.path LIKE ")
            .value(currentUser.scope().pathPattern())
            .sql(" GROUP BY u.path, EXTRACT(YEAR FROM c.filed_at)")
            .rows(em);
    Map<String, ClaimTotal> totals = new LinkedHashMap<>();
    for (Object[] s : sums) {
      String path = (String) s[0];
      int year = (int) NativeSql.number(s[1]);
      OrgUnit unit =
          children.stream().filter(u -> path.startsWith(u.getPath())).findFirst().orElse(rootUnit);
      String key = year + "|" + unit.getPath();
      ClaimTotal total =
          totals.getOrDefault(
              key,
              new ClaimTotal(
                  year, unit.getLabelZh(), 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
      totals.put(
          key, total.plus(NativeSql.number(s[2]), decimal(s[3]), decimal(s[4]), decimal(s[5])));
    }
    List<ClaimTotal> rows = new ArrayList<>(totals.values());
    rows.sort(
        Comparator.comparing(ClaimTotal::year).reversed().thenComparing(ClaimTotal::unitLabel));
    return rows;
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).setScale(2);
  }
}
