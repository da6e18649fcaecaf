package org.constable.reporting;

import java.io.Serializable;
import java.math.BigDecimal;

/** Front-line officers against the policy's target percentage. */
public record FrontLineShare(
    Share frontLine, long officers, BigDecimal targetPercent, boolean meetsTarget)
    implements Serializable {

  static FrontLineShare of(Figures figures, BigDecimal targetPercent) {
    Share share = figures.frontLine();
    // Compared as shown, to one decimal, so that a page never says "90.0% is below 90%".
    return new FrontLineShare(
        share, figures.officers(), targetPercent, share.percent().compareTo(targetPercent) >= 0);
  }
}
