package org.constable.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.constable.personnel.OfficersChanged;

/** A transfer, a status or a join date changed in the register: the ledger counts in step. */
@ApplicationScoped
public class LedgerAttribution {

  @Inject private TrainingLedger ledger;

  void onChange(@Observes OfficersChanged change) {
    ledger.reattribute(change.officerIds());
  }
}
