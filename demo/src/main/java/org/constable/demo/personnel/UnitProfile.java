package org.constable.demo.personnel;

import java.util.List;
import org.constable.personnel.UnitKind;

/**
 * How the generator staffs a unit: its police line, its relative size at the reference force, the
 * posts its officers hold (a code repeated weighs more) and what kind of work it does. A unit with
 * a {@code fixedHeadcount} keeps that many officers at every force size: the stations that are
 * deliberately short of their minimum.
 */
record UnitProfile(
    DemoUnit unit,
    String lineCode,
    int weight,
    List<String> postMix,
    Duty duty,
    int fixedHeadcount) {

  enum Duty {
    /** Political work, command, bureau offices: not front line. */
    BACK_OFFICE,
    OPERATIONAL,
    /** Legal affairs: no one below associate degree. */
    LEGAL,
    STATION
  }

  UnitKind kind() {
    return unit.kind();
  }

  boolean isFrontLine() {
    return duty != Duty.BACK_OFFICE;
  }

  boolean hasFixedHeadcount() {
    return fixedHeadcount > 0;
  }
}
