package org.constable.demo.personnel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.constable.personnel.Gender;
import org.constable.personnel.IdNumber;

/**
 * Birth dates and ID numbers that agree with an age on the reference day, a region and a gender,
 * and never repeat. Each (region, age, gender) keeps a counter: the counter picks the day of the
 * birth year (stepping through all 365 in a scrambled order) and, once those are used, the sequence
 * digits, so no two people get the same number without a set of all numbers issued.
 */
final class Identities {

  record Identity(LocalDate birthDate, IdNumber idNumber) {}

  private static final int OLDEST = 99;
  private static final int DAYS = 365; // a full year back from a date never reaches a birthday
  private static final int SEQUENCES_PER_DAY = 500; // 100 two-digit prefixes x 5 gender digits

  private final LocalDate asOf;
  private final Map<String, int[]> counters = new HashMap<>();

  Identities(LocalDate asOf) {
    this.asOf = asOf;
  }

  Identity next(String regionCode, int age, Gender gender) {
    int slot = age * 2 + gender.ordinal();
    int count = counters.computeIfAbsent(regionCode, r -> new int[(OLDEST + 1) * 2])[slot]++;
    int salt = Math.floorMod(regionCode.hashCode() * 31 + slot, 9973);
    int daysBack = (int) ((count * 151L + salt) % DAYS);
    int serial = count / DAYS;
    if (serial >= SEQUENCES_PER_DAY) {
      throw new IllegalStateException("too many people of one age, gender and region");
    }
    LocalDate birthDate = asOf.minusYears(age).minusDays(daysBack);
    int prefix = ((serial / 5) * 37 + salt) % 100;
    int genderDigit = 2 * ((serial + salt) % 5) + (gender == Gender.MALE ? 1 : 0);
    String first17 =
        regionCode
            + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%02d%d", prefix, genderDigit);
    return new Identity(birthDate, IdNumber.withCheckDigit(first17));
  }
}
