package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.OrgUnit;
import org.constable.platform.BusinessException;
import org.constable.platform.Versioned;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * HR records each unit's operating budget and training spend of a year; the report compares the
 * spend with the floor the policy sets (教育训练经费不低于业务经费的5%, a parameter).
 */
@Stateless
@Guard(Permissions.TRAINING_MANAGE)
public class TrainingBudgets {

  static final String ENTITY = "TrainingBudget";

  /** A hundred billion yuan: more than any unit's budget, less than the column holds. */
  static final BigDecimal LARGEST = new BigDecimal("99999999999.99");

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private TrainingAccess access;
  @Inject private TrainingPolicy policy;
  @Inject private AuditTrail audit;

  /** The units of the caller's scope with figures for the year, by unit. */
  public List<BudgetRow> report(int year) {
    int floor = policy.budgetFloorPercent();
    return em.createQuery(
            "SELECT b, u, p FROM TrainingBudget b JOIN b.unit u LEFT JOIN u.parent p"
                + " WHERE b.year = :year AND u.path LIKE :scope ORDER BY u.path",
            Object[].class)
        .setParameter("year", year)
        .setParameter("scope", currentUser.scope().pathPattern())
        .getResultStream()
        .map(r -> row((TrainingBudget) r[0], (OrgUnit) r[1], (OrgUnit) r[2], floor))
        .toList();
  }

  public int floorPercent() {
    return policy.budgetFloorPercent();
  }

  /**
   * Sets a unit's figures for the year (a first entry or a correction of them).
   *
   * @param versionSeen the version the user edited, or null for a unit without figures yet
   */
  public void save(
      String unitCode, int year, BigDecimal budget, BigDecimal spend, Long versionSeen) {
    OrgUnit unit =
        access
            .unitInScope(unitCode)
            .orElseThrow(() -> new BusinessException("training.budget.unitRequired"));
    if (year < 2000 || year > 2100) {
      throw new BusinessException("training.budget.year");
    }
    requireAmount(budget, "training.budget.budgetInvalid");
    requireAmount(spend, "training.budget.spendInvalid");
    TrainingBudget held =
        em.createQuery(
                "SELECT b FROM TrainingBudget b WHERE b.unit = :u AND b.year = :y",
                TrainingBudget.class)
            .setParameter("u", unit)
            .setParameter("y", year)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Map<String, Object> before = Map.of();
    if (held == null) {
      if (versionSeen != null) {
        throw new org.constable.platform.ConcurrentEditException();
      }
      held = new TrainingBudget(unit, year);
      held.set(budget, spend);
      em.persist(held);
    } else {
      if (versionSeen == null) {
        throw new BusinessException("training.budget.exists");
      }
      Versioned.requireCurrent(held.getVersion(), versionSeen);
      before = snapshot(held);
      held.set(budget, spend);
    }
    Versioned.flush(em);
    audit.record(
        ENTITY,
        held.getId(),
        before.isEmpty() ? "CREATE" : "UPDATE",
        Changes.between(before, snapshot(held)));
  }

  private static void requireAmount(BigDecimal amount, String key) {
    if (amount == null
        || amount.signum() < 0
        || amount.compareTo(LARGEST) > 0
        || amount.stripTrailingZeros().scale() > 2) {
      throw new BusinessException(key);
    }
  }

  private static Map<String, Object> snapshot(TrainingBudget b) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("unit", b.getUnit().getCode());
    values.put("year", b.getYear());
    values.put("operatingBudget", b.getOperatingBudget().toPlainString());
    values.put("trainingSpend", b.getTrainingSpend().toPlainString());
    return values;
  }

  private static BudgetRow row(TrainingBudget b, OrgUnit u, OrgUnit parent, int floor) {
    return new BudgetRow(
        u.getId(),
        u.getCode(),
        u.getNameZh(),
        u.getNameEn(),
        parent == null ? null : parent.getNameZh(),
        parent == null ? null : parent.getNameEn(),
        b.getYear(),
        b.getOperatingBudget(),
        b.getTrainingSpend(),
        floor,
        b.getVersion());
  }
}
