package org.constable.reporting;

import org.constable.personnel.OrgUnit;
import org.constable.personnel.UnitRow;

/** The unit and day a caller asked for, checked against its scope, and the officers they count. */
record Selection(OrgUnit unit, Long parentInScope, Cohort cohort) {

  UnitRow row() {
    return rowOf(unit);
  }

  static UnitRow rowOf(OrgUnit unit) {
    return UnitRow.of(unit, false);
  }
}
