package org.constable.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** An officer's own training record: the year against its quota, and every year before. */
public record TrainingRecordView(
    long officerId,
    String policeNumber,
    String name,
    int year,
    int owedHalfDays,
    int creditedHalfDays,
    int upcomingHalfDays,
    List<Attended> attended,
    List<Result> results,
    List<Upcoming> upcoming,
    List<String> retrainingDue,
    LocalDate lastRotation,
    LocalDate rotationDue,
    RotationRule.Standing rotationStanding,
    boolean eligibleForSelection,
    boolean eligibleForSelectionNextYear,
    List<YearDays> years,
    List<ExternalRow> elsewhere)
    implements Serializable {

  public TrainingRecordView {
    attended = List.copyOf(attended);
    results = List.copyOf(results);
    upcoming = List.copyOf(upcoming);
    retrainingDue = List.copyOf(retrainingDue);
    years = List.copyOf(years);
    elsewhere = List.copyOf(elsewhere);
  }

  /** A session attended, with the days it credited. */
  public record Attended(
      long sessionId,
      String courseZh,
      String courseEn,
      String categoryCode,
      LocalDate startDate,
      LocalDate endDate,
      int creditedHalfDays)
      implements Serializable {
    public String course(Locale locale) {
      return "zh".equals(locale.getLanguage()) ? courseZh : courseEn;
    }

    public String days() {
      return HalfDays.format(creditedHalfDays);
    }
  }

  /** A published exam result. */
  public record Result(
      String courseZh,
      String courseEn,
      String categoryCode,
      LocalDate date,
      BigDecimal score,
      BigDecimal passMark,
      boolean passed,
      boolean retraining)
      implements Serializable {
    public String course(Locale locale) {
      return "zh".equals(locale.getLanguage()) ? courseZh : courseEn;
    }
  }

  /** A session the officer is enrolled in that has not ended. */
  public record Upcoming(
      long sessionId,
      String courseZh,
      String courseEn,
      LocalDate startDate,
      LocalDate endDate,
      String place)
      implements Serializable {
    public String course(Locale locale) {
      return "zh".equals(locale.getLanguage()) ? courseZh : courseEn;
    }
  }

  /** The days credited in one year against what it owed. */
  public record YearDays(int year, int creditedHalfDays) implements Serializable {
    public String days() {
      return HalfDays.format(creditedHalfDays);
    }
  }

  public String owedDays() {
    return HalfDays.format(owedHalfDays);
  }

  public String creditedDays() {
    return HalfDays.format(creditedHalfDays);
  }

  public String missingDays() {
    return HalfDays.format(QuotaRule.shortfall(owedHalfDays, creditedHalfDays));
  }

  public String forecastDays() {
    return HalfDays.format(creditedHalfDays + upcomingHalfDays);
  }

  public int percentDone() {
    return owedHalfDays == 0 ? 100 : Math.min(100, 100 * creditedHalfDays / owedHalfDays);
  }
}
