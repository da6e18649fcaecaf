package org.constable.personnel;

public enum PersonnelCategory {
  /** 民警. */
  POLICE,
  /** 文职. */
  CIVILIAN,
  /** 辅警. */
  AUXILIARY;

  /** Civilian and auxiliary staff are registered under a uniform number (item 16). */
  public boolean needsUniformNumber() {
    return this != POLICE;
  }
}
