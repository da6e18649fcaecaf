package org.constable.personnel;

public enum Gender {
  MALE,
  FEMALE
}
