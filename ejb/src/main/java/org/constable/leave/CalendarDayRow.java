package org.constable.leave;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** A day of the holiday arrangement as the calendar page lists it. */
public record CalendarDayRow(
    LocalDate day, WorkCalendarDay.Kind kind, String nameZh, String nameEn, long version)
    implements Serializable {

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
