package org.constable.education;

import org.constable.personnel.Education;

/** A degree upgrade programme an officer enrols in, and the level it leads to. */
public enum Programme {
  ASSOCIATE(Education.ASSOCIATE),
  BACHELOR(Education.BACHELOR),
  MASTER(Education.MASTER),
  DOCTOR(Education.DOCTOR);

  private final Education level;

  Programme(Education level) {
    this.level = level;
  }

  public Education level() {
    return level;
  }
}
