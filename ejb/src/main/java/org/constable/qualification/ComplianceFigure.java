package org.constable.qualification;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many must hold a requirement, how many do, against its target. */
public record ComplianceFigure(long subjects, long holders, int targetPercent)
    implements Serializable {

  static ComplianceFigure none(int targetPercent) {
    return new ComplianceFigure(0, 0, targetPercent);
  }

  ComplianceFigure plus(long moreSubjects, long moreHolders) {
    return new ComplianceFigure(subjects + moreSubjects, holders + moreHolders, targetPercent);
  }

  public boolean met() {
    return RequirementShare.meets(subjects, holders, targetPercent);
  }

  public long missing() {
    return RequirementShare.missing(subjects, holders, targetPercent);
  }

  /** The share in percent with one decimal, for display; null with no one subject to it. */
  public BigDecimal percent() {
    if (subjects == 0) {
      return null;
    }
    return BigDecimal.valueOf(holders * 100)
        .divide(BigDecimal.valueOf(subjects), 1, RoundingMode.HALF_UP);
  }
}
