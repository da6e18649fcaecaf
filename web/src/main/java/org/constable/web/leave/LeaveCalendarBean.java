package org.constable.web.leave;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.leave.CalendarDayRow;
import org.constable.leave.WorkCalendarDay;
import org.constable.leave.WorkCalendars;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/** The holiday arrangement page: a year's days off and worked weekend days; the admin keeps it. */
@Named
@ViewScoped
public class LeaveCalendarBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkCalendars calendars;
  @Inject private Clock clock;

  private int year;
  private List<CalendarDayRow> days;
  private LocalDate day;
  private WorkCalendarDay.Kind kind = WorkCalendarDay.Kind.HOLIDAY;
  private String nameZh;
  private String nameEn;

  @jakarta.annotation.PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
  }

  public List<CalendarDayRow> getDays() {
    if (days == null) {
      days = calendars.year(year);
    }
    return days;
  }

  public long count(WorkCalendarDay.Kind of) {
    return getDays().stream().filter(d -> d.kind() == of).count();
  }

  public String weekday(CalendarDayRow row) {
    return row.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Texts.viewLocale());
  }

  public void add() {
    LocalDate added = day;
    if (FacesMessages.attempt(
        () -> calendars.add(day, kind, nameZh, nameEn), "leave.calendar.added", added)) {
      day = null;
      days = null;
    }
  }

  public void remove(CalendarDayRow row) {
    if (FacesMessages.attempt(
        () -> calendars.remove(row.day(), row.version()), "leave.calendar.removed", row.day())) {
      days = null;
    }
  }

  public void export() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "leave.calendar.title") + " " + year + ".xlsx",
        "holidays-" + year + ".xlsx",
        Downloads.XLSX,
        String.valueOf(year),
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "leave.calendar.title"));
            sheet.header(
                Texts.get(locale, "leave.calendar.day"),
                Texts.get(locale, "leave.calendar.weekday"),
                Texts.get(locale, "leave.calendar.kind"),
                Texts.get(locale, "leave.calendar.name"));
            for (CalendarDayRow r : getDays()) {
              sheet.row(
                  r.day(),
                  r.day().getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                  Texts.get(locale, "leave.calendar.kind." + r.kind()),
                  r.name(locale));
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public void yearChanged() {
    days = null;
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now + 1, now, now - 1, now - 2);
  }

  public WorkCalendarDay.Kind[] getKinds() {
    return WorkCalendarDay.Kind.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public WorkCalendarDay.Kind getKind() {
    return kind;
  }

  public void setKind(WorkCalendarDay.Kind kind) {
    this.kind = kind;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }
}
