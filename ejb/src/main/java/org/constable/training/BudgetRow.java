package org.constable.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** A unit's training spend against its operating budget, and against the floor (5% by default). */
public record BudgetRow(
    long unitId,
    String unitCode,
    String unitZh,
    String unitEn,
    String parentZh,
    String parentEn,
    int year,
    BigDecimal operatingBudget,
    BigDecimal trainingSpend,
    int floorPercent,
    long version)
    implements Serializable {

  /** "临河区公安分局 / 刑侦大队": the parent names the unit where names repeat. */
  public String unit(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    String parent = zh ? parentZh : parentEn;
    String name = zh ? unitZh : unitEn;
    return parent == null ? name : parent + " / " + name;
  }

  /** Spend as a percentage of the budget, to two decimals (half up); null without a budget. */
  public BigDecimal sharePercent() {
    return BudgetShare.percent(trainingSpend, operatingBudget);
  }

  /** The floor in yuan: floorPercent of the budget, to the fen (half up). */
  public BigDecimal floorAmount() {
    return operatingBudget
        .multiply(BigDecimal.valueOf(floorPercent))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /** Spend at or above the floor: exactly 5% meets it. */
  public boolean meetsFloor() {
    return BudgetShare.meets(trainingSpend, operatingBudget, floorPercent);
  }
}
