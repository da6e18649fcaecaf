package org.constable.training;

import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.constable.security.Unguarded;

/**
 * Fills a year of the ledger's standing ({@link LedgerStanding}) one at a time and in a transaction
 * of its own, so that two reports opened together do not both fill it and the report that waited
 * reads the filled rows.
 */
@Singleton
// a report waiting for another's fill waits for it (a year of 100,000 officers: seconds)
@AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
@Lock(LockType.WRITE)
public class LedgerYears {

  @Inject private LedgerStanding standing;
  @Inject private Clock clock;

  @Unguarded("called by the quota report after its own check; writes only figures derived")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fill(int year) {
    if (!standing.filled(year)) {
      standing.fill(year);
    }
  }

  /**
   * The year's fill at night, so that it does not happen while HR works: the first report of the
   * year, or the first after the quota changed, finds it done (a register change made while a year
   * fills may miss the rows it fills; the ledger check would show it).
   */
  @Schedule(hour = "2", minute = "20", persistent = false)
  void nightly() {
    fill(LocalDate.now(clock).getYear());
  }
}
