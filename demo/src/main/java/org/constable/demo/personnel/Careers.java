package org.constable.demo.personnel;

import static org.constable.personnel.EntryChannel.GRADUATE_PLACEMENT;
import static org.constable.personnel.EntryChannel.MILITARY_TRANSFER;
import static org.constable.personnel.EntryChannel.RECRUITMENT;
import static org.constable.personnel.EntryChannel.TRANSFER_IN;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.constable.personnel.Education;
import org.constable.personnel.EntryChannel;

/**
 * Education, entry channel and the dates of first employment and of joining the police, agreeing
 * with the officer's age and cell: recent recruits joined by recruitment within the ten years
 * before the reference day, spread over those years; everyone else recruited did so earlier. Nobody
 * joins before 19 and first employment never follows the police join date.
 */
final class Careers {

  record Career(EntryChannel channel, LocalDate firstEmployment, LocalDate policeJoin) {}

  private final LocalDate asOf;
  private final LocalDate tenYearsAgo;

  Careers(LocalDate asOf) {
    this.asOf = asOf;
    this.tenYearsAgo = asOf.minusYears(10);
  }

  static Education education(AgePlan.Kind kind, int age, SplittableRandom random) {
    int roll = random.nextInt(100);
    return switch (kind) {
      case HIGH_SCHOOL_OR_BELOW ->
          age >= 45 && roll < 15 ? Education.BELOW_HIGH_SCHOOL : Education.HIGH_SCHOOL;
      case RECENT_RECRUIT ->
          roll < 10 ? Education.ASSOCIATE : roll < 88 ? Education.BACHELOR : Education.MASTER;
      case OTHER -> age <= 35 ? youngerDegree(roll) : olderDegree(roll);
    };
  }

  private static Education youngerDegree(int roll) {
    if (roll < 12) {
      return Education.ASSOCIATE;
    }
    return roll < 86 ? Education.BACHELOR : roll < 99 ? Education.MASTER : Education.DOCTOR;
  }

  private static Education olderDegree(int roll) {
    return roll < 45 ? Education.ASSOCIATE : roll < 94 ? Education.BACHELOR : Education.MASTER;
  }

  Career police(AgePlan.Cell cell, LocalDate birth, SplittableRandom random) {
    AgePlan.Kind kind = cell.kind();
    int age = cell.age();
    int roll = random.nextInt(100);
    int years = random.nextInt(100);
    int days = random.nextInt(365);
    int earlierJob = random.nextInt(4) == 0 ? 1 + random.nextInt(1500) : 0;
    if (kind == AgePlan.Kind.RECENT_RECRUIT) {
      LocalDate join = asOf.minusYears(cell.recruitedYearsAgo()).minusDays(days);
      return new Career(RECRUITMENT, earlier(join, earlierJob, birth), join);
    }
    EntryChannel channel = channel(kind, age, roll);
    return switch (channel) {
      case RECRUITMENT -> {
        int joinAge = between(19, Math.min(27, age - 11), years);
        LocalDate join = min(birth.plusYears(joinAge).plusDays(days), tenYearsAgo);
        yield new Career(RECRUITMENT, earlier(join, earlierJob, birth), join);
      }
      case GRADUATE_PLACEMENT -> {
        int joinAge = between(21, Math.min(23, age), years);
        LocalDate join = min(birth.plusYears(joinAge).plusDays(days), asOf);
        yield new Career(GRADUATE_PLACEMENT, join, join);
      }
      case MILITARY_TRANSFER -> {
        LocalDate enlisted = birth.plusYears(18).plusDays(days);
        int joinAge = between(30, Math.min(45, age - 1), years);
        LocalDate join = min(birth.plusYears(joinAge).plusDays(days), asOf);
        yield new Career(MILITARY_TRANSFER, enlisted, join);
      }
      case TRANSFER_IN -> {
        int hireAge = between(20, Math.min(22, age - 1), years);
        LocalDate hired = birth.plusYears(hireAge).plusDays(days);
        int joinAge = between(hireAge + 1, Math.min(hireAge + 8, age), years / 10);
        LocalDate join = min(birth.plusYears(joinAge).plusDays(days), asOf);
        yield new Career(TRANSFER_IN, min(hired, join), join);
      }
    };
  }

  /** Civilian and auxiliary staff: hired by the bureau between 19 and 28. */
  Career staff(int age, LocalDate birth, SplittableRandom random) {
    int hireAge = between(19, Math.min(28, age), random.nextInt(100));
    LocalDate hired = min(birth.plusYears(hireAge).plusDays(random.nextInt(365)), asOf);
    int earlierJob = random.nextInt(3) == 0 ? 1 + random.nextInt(1000) : 0;
    return new Career(RECRUITMENT, earlier(hired, earlierJob, birth), hired);
  }

  private static EntryChannel channel(AgePlan.Kind kind, int age, int roll) {
    if (kind == AgePlan.Kind.HIGH_SCHOOL_OR_BELOW) {
      return roll < 55 ? RECRUITMENT : roll < 90 ? MILITARY_TRANSFER : TRANSFER_IN;
    }
    if (age <= 30) {
      return roll < 80 ? GRADUATE_PLACEMENT : TRANSFER_IN;
    }
    if (roll < 45) {
      return RECRUITMENT;
    }
    return roll < 70 ? GRADUATE_PLACEMENT : roll < 90 ? MILITARY_TRANSFER : TRANSFER_IN;
  }

  private static LocalDate earlier(LocalDate join, int daysBefore, LocalDate birth) {
    LocalDate adult = birth.plusYears(18);
    LocalDate first = join.minusDays(daysBefore);
    return first.isBefore(adult) ? min(adult, join) : first;
  }

  private static int between(int low, int high, int roll) {
    return high <= low ? low : low + roll % (high - low + 1);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
