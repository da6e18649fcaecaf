package org.constable.leave;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * The holiday arrangement that leave days are counted against: read by everyone signed in, kept by
 * the administrator each year when the State Council publishes it.
 */
@Stateless
@Guard
public class WorkCalendars {

  static final String ENTITY = "WorkCalendarDay";
  static final int NAME_LENGTH = 40;

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;

  /** The arrangement for the days from one to another (both included). */
  public WorkCalendar between(LocalDate from, LocalDate to) {
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> worked = new HashSet<>();
    em.createQuery(
            "SELECT d FROM WorkCalendarDay d WHERE d.day BETWEEN :from AND :to",
            WorkCalendarDay.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(
            d -> (d.getKind() == WorkCalendarDay.Kind.HOLIDAY ? holidays : worked).add(d.getDay()));
    return new WorkCalendar(holidays, worked);
  }

  /** The working days a leave of this kind from one day to another counts. */
  public int days(LeaveType type, LocalDate from, LocalDate to) {
    return LeaveDays.count(type, from, to, between(from, to));
  }

  /** The year's arrangement, in the order of the days. */
  public List<CalendarDayRow> year(int year) {
    return em.createQuery(
            "SELECT d FROM WorkCalendarDay d WHERE d.day BETWEEN :from AND :to ORDER BY d.day",
            WorkCalendarDay.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .getResultStream()
        .map(WorkCalendarDay::row)
        .toList();
  }

  /**
   * Adds a day: a holiday on a Monday to Friday, or a worked Saturday or Sunday (a holiday on a
   * weekend, or a worked weekday, would change nothing and is refused as a likely slip).
   */
  @Guard(Permissions.POLICY_MANAGE)
  public void add(LocalDate day, WorkCalendarDay.Kind kind, String nameZh, String nameEn) {
    if (day == null || kind == null) {
      throw new BusinessException("leave.calendar.dayRequired");
    }
    String zh = nameZh == null ? "" : nameZh.strip();
    if (zh.isEmpty()) {
      throw new BusinessException("leave.calendar.nameRequired");
    }
    String en = nameEn == null || nameEn.isBlank() ? zh : nameEn.strip();
    if (zh.length() > NAME_LENGTH || en.length() > NAME_LENGTH) {
      throw new BusinessException("leave.calendar.nameTooLong", NAME_LENGTH);
    }
    boolean weekend = !WorkCalendar.weekendsOnly().isWorkingDay(day);
    if (kind == WorkCalendarDay.Kind.HOLIDAY && weekend) {
      throw new BusinessException("leave.calendar.holidayOnWeekend", day);
    }
    if (kind == WorkCalendarDay.Kind.WORKDAY && !weekend) {
      throw new BusinessException("leave.calendar.workdayOnWeekday", day);
    }
    if (em.find(WorkCalendarDay.class, day) != null) {
      throw new BusinessException("leave.calendar.dayTaken", day);
    }
    var entry = new WorkCalendarDay(day, kind, zh, en);
    em.persist(entry);
    Versioned.flush(em);
    audit.record(ENTITY, day, "CREATE", Changes.created(entry.snapshot()));
  }

  @Guard(Permissions.POLICY_MANAGE)
  public void remove(LocalDate day, long versionSeen) {
    WorkCalendarDay entry = em.find(WorkCalendarDay.class, day);
    if (entry == null) {
      throw new NotFoundException(ENTITY, day);
    }
    Versioned.requireCurrent(entry.getVersion(), versionSeen);
    audit.record(ENTITY, day, "DELETE", Changes.between(entry.snapshot(), Map.of()));
    em.remove(entry);
    Versioned.flush(em);
  }
}
