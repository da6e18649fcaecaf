package org.constable.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.constable.personnel.OfficersChanged;

/**
 * A transfer, a status or a join date changed in the register, or officers added: the ledger counts
 * in step (the unit each row counts for, and what it owes in the filled years).
 */
@ApplicationScoped
public class LedgerAttribution {

  @Inject private TrainingLedger ledger;

  void onChange(@Observes OfficersChanged change) {
    ledger.reattribute(change.officerIds());
  }
}
