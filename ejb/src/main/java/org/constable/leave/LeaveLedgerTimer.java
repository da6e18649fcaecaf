package org.constable.leave;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.constable.security.Unguarded;

/** The ledger's nightly fill and the untaken notice; persistent, so a missed night is caught up. */
@Singleton
public class LeaveLedgerTimer {

  @Inject private LeaveLedgerJob job;
  @Inject private Clock clock;

  @Schedule(hour = "2", minute = "10", persistent = true, info = LeaveLedgerJob.JOB)
  void nightly() {
    fillYear(LocalDate.now(clock).getYear());
    job.noticeIfDue();
  }

  /** Every officer gets its row of the year: each page of a thousand in its own transaction. */
  @Unguarded("the nightly timer and the demo loader run it; it only derives the ledger")
  public void fillYear(int year) {
    long after = 0;
    while (after >= 0) {
      after = job.fillPage(year, after);
    }
  }
}
