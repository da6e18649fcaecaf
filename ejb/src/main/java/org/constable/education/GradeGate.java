package org.constable.education;

import org.constable.personnel.Education;

/**
 * Item 9: an officer below associate education is in principle not given 副科级 or higher grade
 * treatment (原则上不予解决). The gate is the sort order of 副科级 in the GRADE list.
 */
public final class GradeGate {

  private final int gateOrder;

  public GradeGate(int gateOrder) {
    this.gateOrder = gateOrder;
  }

  /** Whether the officer's education allows a grade of this sort order. */
  public boolean allows(Education education, int gradeOrder) {
    return gradeOrder < gateOrder || education == null || !education.isBelowAssociate();
  }
}
