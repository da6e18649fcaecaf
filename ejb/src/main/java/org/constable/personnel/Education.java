package org.constable.personnel;

/** Highest completed education, lowest first: the order is used in comparisons. */
public enum Education {
  BELOW_HIGH_SCHOOL,
  /** High school or secondary vocational school (中专). */
  HIGH_SCHOOL,
  ASSOCIATE,
  BACHELOR,
  MASTER,
  DOCTOR;

  public boolean isHighSchoolOrBelow() {
    return compareTo(HIGH_SCHOOL) <= 0;
  }

  public boolean isBelowAssociate() {
    return compareTo(ASSOCIATE) < 0;
  }
}
