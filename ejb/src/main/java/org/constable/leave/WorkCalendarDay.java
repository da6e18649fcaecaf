package org.constable.leave;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One day of the holiday arrangement: a public holiday, or a weekend day worked in exchange. */
@Entity
@Table(name = "work_calendar_day")
public class WorkCalendarDay {

  /** What the arrangement makes of the day. */
  public enum Kind {
    HOLIDAY,
    WORKDAY
  }

  @Id
  @Column(name = "calendar_day")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_kind")
  private Kind kind;

  @Column(name = "name_zh")
  private String nameZh;

  @Column(name = "name_en")
  private String nameEn;

  @Version private long version;

  protected WorkCalendarDay() {}

  WorkCalendarDay(LocalDate day, Kind kind, String nameZh, String nameEn) {
    this.day = day;
    this.kind = kind;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public LocalDate getDay() {
    return day;
  }

  public Kind getKind() {
    return kind;
  }

  public long getVersion() {
    return version;
  }

  CalendarDayRow row() {
    return new CalendarDayRow(day, kind, nameZh, nameEn, version);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("day", day);
    m.put("kind", kind);
    m.put("nameZh", nameZh);
    m.put("nameEn", nameEn);
    return m;
  }
}
