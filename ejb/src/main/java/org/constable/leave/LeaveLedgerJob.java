package org.constable.leave;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.personnel.Officer;
import org.constable.platform.JobLock;
import org.constable.security.Unguarded;

/**
 * The nightly work of the ledger: a row for every officer who has none for the year yet (new
 * officers, a new year), page by page, each page its own transaction; then, from the untaken month
 * on, the untaken notice to unit leaders.
 */
@Stateless
public class LeaveLedgerJob {

  static final String JOB = "leave-ledger";
  static final int PAGE = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private LeavePolicies policies;
  @Inject private UntakenNotices notices;
  @Inject private Clock clock;

  /** Fills one page of missing rows after the officer id given; returns the last id, or -1. */
  @Unguarded("the nightly timer and the demo loader run it; it only derives the ledger")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long fillPage(int year, long afterId) {
    LeavePolicy policy = policies.current();
    List<Officer> officers =
        em.createQuery(
                "SELECT o FROM Officer o WHERE o.id > :after AND NOT EXISTS (SELECT l FROM"
                    + " LeaveBalance l WHERE l.officerId = o.id AND l.year = :y) ORDER BY o.id",
                Officer.class)
            .setParameter("after", afterId)
            .setParameter("y", year)
            .setMaxResults(PAGE)
            .getResultList();
    LocalDateTime now = LocalDateTime.now(clock);
    var unitSums = new LeaveUnitSums();
    for (Officer officer : officers) {
      var row = new LeaveBalance(officer, year);
      row.set(
          LeaveLedger.countedUnit(officer),
          LeaveLedger.entitlement(officer, year, policy),
          0,
          0,
          0,
          now);
      em.persist(row);
      unitSums.moved(LeaveUnitSums.Share.NONE, row.share());
    }
    unitSums.apply(em);
    return officers.size() < PAGE ? -1 : officers.get(officers.size() - 1).getId();
  }

  /** The untaken notice, from the first day of the untaken month; returns the units told. */
  @Unguarded("the nightly timer runs it; it only writes notices")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int noticeIfDue() {
    JobLock lock = JobLock.acquire(em, JOB);
    LocalDate today = LocalDate.now(clock);
    int told =
        today.getMonthValue() >= policies.untakenMonth() ? notices.send(today.getYear(), "%") : 0;
    lock.ran(LocalDateTime.now(clock));
    return told;
  }
}
