package org.constable.leave;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.notification.Notifications;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerNames;
import org.constable.platform.BusinessException;
import org.constable.platform.IdOrder;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Role;

/**
 * Leave: the officer asks for annual leave and may take its request back, its unit leader approves
 * or declines, HR records any kind of leave and may cancel one. The balance follows at once.
 */
@Stateless
@Guard
public class Leaves {

  static final String ENTITY = "LeaveRecord";
  public static final String LINK_MINE = "/leave/mine.xhtml";
  public static final String LINK_APPROVALS = "/leave/approvals.xhtml";
  public static final int MAX_PAGE_SIZE = 500;

  /**
   * A leave with the police numbers of who asked and who decided in the name columns; {@link
   * #named} puts the names in for the page only (joining officers by police number on every row of
   * a year before paging cost seconds at 3,000 officers).
   */
  private static final String ROW =
      "SELECT NEW org.constable.leave.LeaveRow(r.id, o.id, o.policeNumber, o.name, u.labelZh,"
          + " u.labelEn, r.type, r.startDate, r.endDate, r.days, r.payDeducted, r.reason, r.state,"
          + " r.requestedAt, r.requestedBy, r.decidedAt, r.decidedBy, r.declineReason, r.version)"
          + " FROM LeaveRecord r JOIN r.officer o JOIN o.unit u";

  @PersistenceContext private EntityManager em;
  @Inject private LeaveAccess access;
  @Inject private LeaveLedger ledger;
  @Inject private AuditTrail audit;
  @Inject private Notifications notifications;
  @Inject private Clock clock;
  @Inject private WorkCalendars calendars;
  @Inject private OfficerNames officerNames;

  /** The officer asks for annual leave from today on, within what it has left. */
  @Guard(Permissions.LEAVE_REQUEST)
  public long request(LeaveInput input) {
    Officer officer = access.self(access.me());
    Checked checked = input == null ? null : checked(input);
    if (checked == null || checked.leave().type() != LeaveType.ANNUAL) {
      throw new BusinessException("leave.request.annualOnly");
    }
    LeaveInput leave = checked.leave();
    LocalDate today = LocalDate.now(clock);
    if (leave.from().isBefore(today)) {
      throw new BusinessException("leave.request.past", today);
    }
    LeaveRecord record = write(officer, checked, false);
    notifications.tellRoleCovering(
        Role.LEADER,
        officer.getUnit().getPath(),
        "leave.notice.requested",
        List.of(
            officer.getName(),
            leave.from().toString(),
            leave.to().toString(),
            String.valueOf(checked.days())),
        LINK_APPROVALS);
    return record.getId();
  }

  /** The officer takes back a request not yet decided. */
  @Guard(Permissions.LEAVE_REQUEST)
  public void withdraw(long leaveId, long versionSeen) {
    LeaveRecord record = find(leaveId);
    access.self(record.getOfficer().getId());
    change(record, versionSeen, "WITHDRAW", () -> record.withdraw(now(), access.policeNumber()));
  }

  @Guard(Permissions.LEAVE_APPROVE)
  public void approve(long leaveId, long versionSeen) {
    decide(leaveId, versionSeen, true, null);
  }

  @Guard(Permissions.LEAVE_APPROVE)
  public void decline(long leaveId, long versionSeen, String reason) {
    String text = reason == null || reason.isBlank() ? null : reason.strip();
    if (text == null) {
      throw new BusinessException("leave.decline.reasonRequired");
    }
    if (text.length() > LeaveInput.REASON_LENGTH) {
      throw new BusinessException("leave.input.reasonTooLong", LeaveInput.REASON_LENGTH);
    }
    decide(leaveId, versionSeen, false, text);
  }

  /** HR records a leave of any kind for an officer of its scope: approved as it is recorded. */
  @Guard(Permissions.LEAVE_MANAGE)
  public long record(long officerId, LeaveInput input) {
    Officer officer = access.managed(officerId);
    if (input == null) {
      throw new BusinessException("leave.input.typeRequired");
    }
    return write(officer, checked(input), true).getId();
  }

  /** The same, for the officer of a police number (the picker's value). */
  @Guard(Permissions.LEAVE_MANAGE)
  public long record(String policeNumber, LeaveInput input) {
    return record(access.idOf(policeNumber), input);
  }

  /** HR cancels a leave that holds days (recorded in error, or not taken after all). */
  @Guard(Permissions.LEAVE_MANAGE)
  public void cancel(long leaveId, long versionSeen) {
    LeaveRecord record = find(leaveId);
    access.managed(record.getOfficer().getId());
    change(record, versionSeen, "CANCEL", () -> record.cancel(now(), access.policeNumber()));
  }

  /** The officer's leave of a year, latest first: its own, its leader's or HR's reading. */
  public List<LeaveRow> of(long officerId, int year) {
    access.readable(officerId);
    return named(
        em.createQuery(
                ROW + " WHERE o.id = :o AND r.year = :y ORDER BY r.startDate DESC, r.id DESC",
                LeaveRow.class)
            .setParameter("o", officerId)
            .setParameter("y", year)
            .getResultList());
  }

  /** The officer's annual leave of a year: entitled, carried, taken, asked for, and why. */
  public BalanceView balance(long officerId, int year) {
    Officer officer = access.readable(officerId);
    LeaveBalance row = em.find(LeaveBalance.class, new LeaveBalance.Key(officerId, year));
    return (row != null ? row : ledger.refresh(officer, year)).view();
  }

  /** The requests the unit leader has to decide: its scope's, never its own. */
  @Guard(Permissions.LEAVE_APPROVE)
  public List<LeaveRow> pending(int first, int pageSize) {
    return named(
        pendingQuery(ROW, LeaveRow.class, " ORDER BY r.requestedAt, r.id")
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE))
            .getResultList());
  }

  @Guard(Permissions.LEAVE_APPROVE)
  public long countPending() {
    return pendingQuery(
            "SELECT COUNT(r) FROM LeaveRecord r JOIN r.officer o JOIN o.unit u", Long.class, "")
        .getSingleResult();
  }

  /** HR's list: the leave of its scope in a year, of one kind or all, newest first. */
  @Guard(Permissions.LEAVE_MANAGE)
  public List<LeaveRow> search(int year, LeaveType type, int first, int pageSize) {
    List<Long> ids =
        new LeaveListSql(em, access.scopePath())
            .pageIds(
                year, type, Math.max(0, first), Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE));
    if (ids.isEmpty()) {
      return List.of();
    }
    List<LeaveRow> rows =
        em.createQuery(ROW + " WHERE r.id IN :ids", LeaveRow.class)
            .setParameter("ids", ids)
            .getResultList();
    return named(IdOrder.of(ids, rows, LeaveRow::id));
  }

  @Guard(Permissions.LEAVE_MANAGE)
  public long count(int year, LeaveType type) {
    return new LeaveListSql(em, access.scopePath()).count(year, type);
  }

  private LeaveRecord write(Officer officer, Checked checked, boolean recorded) {
    LeaveInput leave = checked.leave();
    requireNoOverlap(officer, leave);
    int days = checked.days();
    if (leave.type() == LeaveType.ANNUAL) {
      BalanceView balance = ledger.refresh(officer, leave.from().getYear()).view();
      if (days > balance.remaining()) {
        throw new BusinessException(
            "leave.request.overBalance", days, Math.max(0, balance.remaining()));
      }
    }
    var record = new LeaveRecord(officer, leave, days, now(), access.policeNumber(), recorded);
    em.persist(record);
    Versioned.flush(em);
    audit.record(
        ENTITY,
        record.getId(),
        recorded ? "RECORD" : "REQUEST",
        Changes.created(record.snapshot()));
    ledger.refresh(officer, record.getYear());
    return record;
  }

  private void requireNoOverlap(Officer officer, LeaveInput leave) {
    long overlapping =
        em.createQuery(
                "SELECT COUNT(r) FROM LeaveRecord r WHERE r.officer.id = :o AND r.state IN :held"
                    + " AND r.startDate <= :to AND r.endDate >= :from",
                Long.class)
            .setParameter("o", officer.getId())
            .setParameter("held", List.of(LeaveState.REQUESTED, LeaveState.APPROVED))
            .setParameter("from", leave.from())
            .setParameter("to", leave.to())
            .getSingleResult();
    if (overlapping > 0) {
      throw new BusinessException("leave.input.overlaps", leave.from(), leave.to());
    }
  }

  private void decide(long leaveId, long versionSeen, boolean approve, String reason) {
    LeaveRecord record = find(leaveId);
    Officer officer = access.approvable(record.getOfficer().getId());
    change(
        record,
        versionSeen,
        approve ? "APPROVE" : "DECLINE",
        () -> record.decide(approve, reason, now(), access.policeNumber()));
    notifications.tellOfficer(
        officer.getId(),
        approve ? "leave.notice.approved" : "leave.notice.declined",
        approve ? List.of() : List.of(reason),
        LINK_MINE);
  }

  private void change(LeaveRecord record, long versionSeen, String action, Runnable step) {
    Versioned.requireCurrent(record.getVersion(), versionSeen);
    var before = record.snapshot();
    step.run();
    Versioned.flush(em);
    audit.record(ENTITY, record.getId(), action, Changes.between(before, record.snapshot()));
    ledger.refresh(record.getOfficer(), record.getYear());
  }

  private <T> TypedQuery<T> pendingQuery(String select, Class<T> type, String order) {
    return em.createQuery(
            select + " WHERE r.state = :requested AND u.path LIKE :scope AND o.id <> :me" + order,
            type)
        .setParameter("requested", LeaveState.REQUESTED)
        .setParameter("scope", access.scopePattern())
        .setParameter("me", access.me());
  }

  private LeaveRecord find(long leaveId) {
    LeaveRecord record = em.find(LeaveRecord.class, leaveId);
    if (record == null) {
      throw new NotFoundException(ENTITY, leaveId);
    }
    return record;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** A leave checked and tidied, with the days it counts: the same calendar read once for both. */
  private record Checked(LeaveInput leave, int days) {}

  private Checked checked(LeaveInput input) {
    WorkCalendar calendar = calendarOf(input);
    LeaveInput leave = input.check(calendar);
    return new Checked(leave, leave.days(calendar));
  }

  /** The holiday arrangement over the leave's days (none when its dates are missing). */
  private WorkCalendar calendarOf(LeaveInput leave) {
    if (leave.from() == null || leave.to() == null || leave.to().isBefore(leave.from())) {
      return WorkCalendar.weekendsOnly();
    }
    return calendars.between(leave.from(), leave.to());
  }

  /** The rows with the names of who asked and who decided, found in one query for the page. */
  private List<LeaveRow> named(List<LeaveRow> rows) {
    java.util.Map<String, String> names =
        officerNames.byPoliceNumber(
            rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.requestedByName(), r.decidedByName()))
                .toList());
    return rows.stream()
        .map(
            r ->
                new LeaveRow(
                    r.id(),
                    r.officerId(),
                    r.policeNumber(),
                    r.officerName(),
                    r.unitZh(),
                    r.unitEn(),
                    r.type(),
                    r.from(),
                    r.to(),
                    r.days(),
                    r.payDeducted(),
                    r.reason(),
                    r.state(),
                    r.requestedAt(),
                    names.get(r.requestedByName()),
                    r.decidedAt(),
                    names.get(r.decidedByName()),
                    r.declineReason(),
                    r.version()))
        .toList();
  }
}
