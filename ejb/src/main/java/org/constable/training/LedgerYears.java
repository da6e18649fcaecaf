package org.constable.training;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.constable.security.Unguarded;

/**
 * Fills a year of the ledger's standing ({@link LedgerStanding}) one at a time and in a transaction
 * of its own, so that two reports opened together do not both fill it and the report that waited
 * reads the filled rows.
 */
@Singleton
@Lock(LockType.WRITE)
public class LedgerYears {

  @Inject private LedgerStanding standing;

  @Unguarded("called by the quota report after its own check; writes only figures derived")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fill(int year) {
    if (!standing.filled(year)) {
      standing.fill(year);
    }
  }
}
