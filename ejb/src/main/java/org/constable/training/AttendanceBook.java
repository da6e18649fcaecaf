package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Officer;
import org.constable.personnel.RowError;
import org.constable.platform.BusinessException;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * The roll of a session, day by day, taken by its instructors (or its HR): whole or half days,
 * never more in all than the session credits. Confirming the roll credits the ledger in the same
 * transaction.
 */
@Stateless
@Guard({Permissions.TRAINING_TEACH, Permissions.TRAINING_MANAGE})
public class AttendanceBook {

  @PersistenceContext private EntityManager em;
  @Inject private TrainingAccess access;
  @Inject private TrainingLedger ledger;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public List<RollRow> roll(long sessionId, LocalDate day) {
    TrainingSession session = access.forRoll(sessionId);
    requireDay(session, day);
    Map<Long, Attendance> today = dayRows(session, day);
    Map<Long, Integer> others = otherDays(session, day);
    return access.trainees(session).stream()
        .map(
            o -> {
              Attendance a = today.get(o.getId());
              return new RollRow(
                  o.getId(),
                  o.getPoliceNumber(),
                  o.getName(),
                  o.getUnit().getLabelZh(),
                  o.getUnit().getLabelEn(),
                  a == null ? 0 : a.getHalfDays(),
                  a != null && a.isCheckedIn(),
                  a != null && a.isConfirmed(),
                  others.getOrDefault(o.getId(), 0));
            })
        .toList();
  }

  /**
   * Confirms the roll of a day: for each trainee listed, 0 (absent), 1 (half a day) or 2 (the whole
   * day). Refused as a whole, every offending trainee named, when one is not enrolled or would be
   * credited more than the session's days.
   */
  public int confirmRoll(long sessionId, LocalDate day, Map<Long, Integer> halfDaysByOfficer) {
    TrainingSession session = access.forRoll(sessionId);
    requireDay(session, day);
    if (day.isAfter(LocalDate.now(clock))) {
      throw new BusinessException("training.roll.future");
    }
    Map<Long, Officer> enrolled = new HashMap<>();
    access.trainees(session).forEach(o -> enrolled.put(o.getId(), o));
    Map<Long, Attendance> today = dayRows(session, day);
    Map<Long, Integer> others = otherDays(session, day);
    List<RowError> errors = new ArrayList<>();
    int row = 0;
    for (var entry : halfDaysByOfficer.entrySet()) {
      row++;
      Officer officer = enrolled.get(entry.getKey());
      int halfDays = entry.getValue() == null ? 0 : entry.getValue();
      if (officer == null) {
        errors.add(
            new RowError(
                row, String.valueOf(entry.getKey()), "training.roll.notEnrolled", List.of()));
      } else if (halfDays < 0 || halfDays > 2) {
        errors.add(new RowError(row, officer.getName(), "training.roll.halfDays", List.of()));
      } else if (others.getOrDefault(officer.getId(), 0) + halfDays > session.getHalfDays()) {
        errors.add(
            new RowError(
                row,
                officer.getName(),
                "training.roll.overCredit",
                List.of(HalfDays.format(session.getHalfDays()))));
      }
    }
    if (!errors.isEmpty()) {
      throw new TrainingRowsRejectedException(errors);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String by = currentUser.policeNumberOrNull();
    int credited = 0;
    for (var entry : halfDaysByOfficer.entrySet()) {
      Officer officer = enrolled.get(entry.getKey());
      int halfDays = entry.getValue() == null ? 0 : entry.getValue();
      Attendance existing = today.get(officer.getId());
      int before = existing == null ? 0 : existing.credit();
      if (halfDays == 0) {
        if (existing != null) {
          em.remove(existing);
        }
      } else {
        Attendance attendance = existing != null ? existing : new Attendance(session, officer, day);
        attendance.confirm(halfDays, now, by);
        if (existing == null) {
          em.persist(attendance);
        }
      }
      ledger.credit(officer.getId(), day.getYear(), halfDays - before);
      credited += halfDays;
    }
    var map = new HashMap<String, Object>();
    map.put("day", day);
    map.put("trainees", halfDaysByOfficer.size());
    map.put("halfDays", credited);
    audit.record(TrainingAccess.SESSION, sessionId, "ROLL", Changes.created(map));
    return credited;
  }

  private Map<Long, Attendance> dayRows(TrainingSession session, LocalDate day) {
    Map<Long, Attendance> rows = new HashMap<>();
    em.createQuery(
            "SELECT a FROM Attendance a WHERE a.session = :s AND a.day = :day", Attendance.class)
        .setParameter("s", session)
        .setParameter("day", day)
        .getResultStream()
        .forEach(a -> rows.put(a.getOfficer().getId(), a));
    return rows;
  }

  private Map<Long, Integer> otherDays(TrainingSession session, LocalDate day) {
    Map<Long, Integer> sums = new HashMap<>();
    em.createQuery(
            "SELECT a.officer.id, SUM(a.halfDays) FROM Attendance a WHERE a.session = :s"
                + " AND a.day <> :day AND a.confirmed = :yes GROUP BY a.officer.id",
            Object[].class)
        .setParameter("s", session)
        .setParameter("day", day)
        .setParameter("yes", true)
        .getResultStream()
        .forEach(r -> sums.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
    return sums;
  }

  static void requireDay(TrainingSession session, LocalDate day) {
    if (day == null || !session.includes(day)) {
      throw new BusinessException("training.roll.dayOutside");
    }
  }
}
