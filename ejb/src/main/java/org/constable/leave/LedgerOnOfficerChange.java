package org.constable.leave;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.constable.personnel.OfficersChanged;

/** A transfer, a status or a date changed in the register: the year's leave rows follow. */
@ApplicationScoped
public class LedgerOnOfficerChange {

  @Inject private LeaveLedger ledger;

  void onChange(@Observes OfficersChanged change) {
    ledger.refresh(change.officerIds());
  }
}
