package org.constable.leave;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.platform.OracleLimits;

/**
 * Keeps each officer's {@link LeaveBalance} in step with its leave and its record, inside the
 * caller's transaction: the entitlement from the rule, last year's unused days carried, the annual
 * leave taken and asked for.
 */
@Dependent
public class LeaveLedger {

  private static final int CHUNK = 500;

  @PersistenceContext private EntityManager em;
  @Inject private LeavePolicies policies;
  @Inject private Clock clock;

  /** The year's row brought up to date, and next year's if there is one (its carry changes). */
  public LeaveBalance refresh(Officer officer, int year) {
    LeavePolicy policy = policies.current();
    var unitSums = new LeaveUnitSums();
    LeaveBalance row = compute(officer, year, policy, unitSums);
    LeaveBalance next =
        em.find(LeaveBalance.class, new LeaveBalance.Key(officer.getId(), year + 1));
    if (next != null) {
      compute(officer, year + 1, policy, unitSums);
    }
    unitSums.apply(em);
    return row;
  }

  /**
   * Officers whose record changed (a unit, a status, a date; a roster import of thousands): their
   * rows of this year follow, a few queries per thousand officers.
   */
  public void refresh(List<Long> officerIds) {
    int year = LocalDate.now(clock).getYear();
    LeavePolicy policy = policies.current();
    for (int i = 0; i < officerIds.size(); i += CHUNK) {
      List<Long> ids = officerIds.subList(i, Math.min(officerIds.size(), i + CHUNK));
      Map<Long, LeaveBalance> current = locked(ids, year);
      Map<Long, Sums> sums = sums(ids, year);
      Map<Long, LeaveBalance> last = rows(ids, year - 1);
      var unitSums = new LeaveUnitSums();
      em.createQuery("SELECT o FROM Officer o WHERE o.id IN :ids", Officer.class)
          .setParameter("ids", ids)
          .getResultStream()
          .forEach(
              officer ->
                  write(
                      officer,
                      year,
                      policy,
                      sums.getOrDefault(officer.getId(), new Sums()),
                      current.get(officer.getId()),
                      last.get(officer.getId()),
                      unitSums));
      unitSums.apply(em);
    }
  }

  /** The year's row, written or updated. */
  private LeaveBalance compute(
      Officer officer, int year, LeavePolicy policy, LeaveUnitSums unitSums) {
    List<Long> id = List.of(officer.getId());
    LeaveBalance row = locked(id, year).get(officer.getId());
    return write(
        officer,
        year,
        policy,
        sums(id, year).getOrDefault(officer.getId(), new Sums()),
        row,
        rows(id, year - 1).get(officer.getId()),
        unitSums);
  }

  private LeaveBalance write(
      Officer officer,
      int year,
      LeavePolicy policy,
      Sums sums,
      LeaveBalance row,
      LeaveBalance last,
      LeaveUnitSums unitSums) {
    Entitlement entitlement = entitlement(officer, year, sums, policy);
    int carried = policy.carryOverYears() >= 1 && last != null ? last.unusedOwnDays() : 0;
    if (row == null) {
      row = new LeaveBalance(officer, year);
      em.persist(row);
    }
    LeaveUnitSums.Share before = row.share();
    row.set(
        countedUnit(officer),
        entitlement,
        carried,
        sums.annualTaken,
        sums.annualPending,
        LocalDateTime.now(clock));
    unitSums.moved(before, row.share());
    return row;
  }

  private Map<Long, LeaveBalance> rows(List<Long> ids, int year) {
    return rows(ids, year, LockModeType.NONE);
  }

  /**
   * The rows about to be written, locked first (in officer order) and only then summed from the
   * leave: two transactions refreshing one officer at once would otherwise both start from the same
   * row, and the figures per unit kept from its change would count one change twice.
   */
  private Map<Long, LeaveBalance> locked(List<Long> ids, int year) {
    return rows(ids, year, LockModeType.PESSIMISTIC_WRITE);
  }

  private Map<Long, LeaveBalance> rows(List<Long> ids, int year, LockModeType lock) {
    Map<Long, LeaveBalance> rows = new HashMap<>();
    var query =
        em.createQuery(
                "SELECT l FROM LeaveBalance l WHERE l.year = :y AND l.officerId IN :ids"
                    + " ORDER BY l.officerId",
                LeaveBalance.class)
            .setParameter("y", year)
            .setParameter("ids", ids)
            .setLockMode(lock);
    if (lock != LockModeType.NONE) {
      OracleLimits.lockTimeout().forEach(query::setHint);
    }
    query.getResultStream().forEach(l -> rows.put(l.getOfficerId(), l));
    return rows;
  }

  /**
   * The statements that sum the leave rate's figures per unit afresh from the whole ledger, for a
   * loader that wrote ledger rows by SQL (the demo).
   */
  public static List<String> unitSumsAfresh() {
    return List.of("DELETE FROM leave_unit_sums", LeaveUnitSums.REBUILD);
  }

  /** The entitlement of an officer with no leave recorded in the year: the nightly fill's. */
  static Entitlement entitlement(Officer officer, int year, LeavePolicy policy) {
    return entitlement(officer, year, new Sums(), policy);
  }

  private static Entitlement entitlement(Officer officer, int year, Sums sums, LeavePolicy policy) {
    LocalDate first = officer.getFirstEmploymentDate();
    LocalDate joined = officer.getPoliceJoinDate() != null ? officer.getPoliceJoinDate() : first;
    if (joined == null) {
      return new Entitlement(0, 0, EntitlementRule.NONE, List.of(0));
    }
    Period earlier =
        first != null && first.isBefore(joined) ? Period.between(first, joined) : Period.ZERO;
    return new EntitlementRule(policy)
        .apply(new LeaveYear(year, joined, earlier, sums.personalUnpaid, sums.sick, sums.vacation));
  }

  /** The unit the row counts for in the leave rate: a serving police officer's own. */
  static Long countedUnit(Officer officer) {
    return officer.getCategory() == PersonnelCategory.POLICE
            && officer.getStatus() != null
            && OfficerStatus.active().contains(officer.getStatus())
        ? officer.getUnit().getId()
        : null;
  }

  /** The year's leave in days, by what the rule needs. */
  static final class Sums {
    int annualTaken;
    int annualPending;
    int personalUnpaid;
    int sick;
    int vacation;
  }

  private Map<Long, Sums> sums(List<Long> officerIds, int year) {
    Map<Long, Sums> all = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.officer.id, r.type, r.state, r.payDeducted, SUM(r.days) FROM LeaveRecord r"
                    + " WHERE r.officer.id IN :o AND r.year = :y AND r.state IN :held"
                    + " GROUP BY r.officer.id, r.type, r.state, r.payDeducted",
                Object[].class)
            .setParameter("o", officerIds)
            .setParameter("y", year)
            .setParameter("held", List.of(LeaveState.REQUESTED, LeaveState.APPROVED))
            .getResultList();
    for (Object[] r : rows) {
      Sums sums = all.computeIfAbsent(((Number) r[0]).longValue(), id -> new Sums());
      LeaveType type = (LeaveType) r[1];
      boolean approved = r[2] == LeaveState.APPROVED;
      int days = ((Number) r[4]).intValue();
      if (type == LeaveType.ANNUAL) {
        if (approved) {
          sums.annualTaken += days;
        } else {
          sums.annualPending += days;
        }
      } else if (approved) {
        switch (type) {
          case PERSONAL -> sums.personalUnpaid += Boolean.TRUE.equals(r[3]) ? 0 : days;
          case SICK -> sums.sick += days;
          case VACATION -> sums.vacation += days;
          default -> {
            // marriage, maternity and the other statutory leaves do not touch annual leave
          }
        }
      }
    }
    return all;
  }
}
