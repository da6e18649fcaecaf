package org.constable.leave;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday, except the public holidays of the State Council's
 * arrangement, and the weekend days it makes worked (调休上班).
 */
public record WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> workedWeekendDays)
    implements Serializable {

  public WorkCalendar {
    holidays = Set.copyOf(holidays);
    workedWeekendDays = Set.copyOf(workedWeekendDays);
  }

  /** Saturdays and Sundays off, nothing else: where no arrangement is known. */
  public static WorkCalendar weekendsOnly() {
    return new WorkCalendar(Set.of(), Set.of());
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workedWeekendDays.contains(day)) {
      return true;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The working days from one day to another, both counted. */
  public int workingDays(LocalDate from, LocalDate to) {
    int working = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        working++;
      }
    }
    return working;
  }
}
