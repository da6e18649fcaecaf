package org.constable.personnel;

import jakarta.persistence.EntityManager;
import org.constable.platform.NativeSql;

/**
 * Whether a unit's subtree is the whole force: then a query over its officers needs no unit
 * condition, and over 100,000 officers the join to each one's unit is most of its cost.
 */
public final class WholeForce {

  private WholeForce() {}

  /** Whether no unit lies outside the unit path (a few hundred units, one short scan). */
  public static boolean coveredBy(EntityManager em, String unitPath) {
    Object outside =
        em.createNativeQuery("SELECT COUNT(*) FROM org_unit WHERE path NOT LIKE ?1")
            .setParameter(1, unitPath + "%")
            .getSingleResult();
    return NativeSql.number(outside) == 0;
  }
}
