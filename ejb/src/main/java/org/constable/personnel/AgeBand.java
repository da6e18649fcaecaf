package org.constable.personnel;

/**
 * Age bands of the workforce structure. Bounds are included as in Chinese legal usage: "30 or
 * under" (30岁以下) holds 30, "51 or over" (51岁以上) holds 51.
 */
public enum AgeBand {
  UP_TO_30,
  FROM_31_TO_40,
  FROM_41_TO_50,
  FROM_51;

  public static final String NEGATIVE_AGE = "personnel.age.negative";

  public static AgeBand of(int age) {
    if (age < 0) {
      throw new InvalidValueException(NEGATIVE_AGE, age);
    }
    if (age <= 30) {
      return UP_TO_30;
    }
    if (age <= 40) {
      return FROM_31_TO_40;
    }
    return age <= 50 ? FROM_41_TO_50 : FROM_51;
  }
}
