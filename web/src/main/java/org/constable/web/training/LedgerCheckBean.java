package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.constable.training.TrainingLedger;
import org.constable.web.shell.FacesMessages;

/** ADMIN's check that the ledger of training days agrees with the attendance it sums. */
@Named
@ViewScoped
public class LedgerCheckBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainingLedger ledger;

  private TrainingLedger.Findings findings;

  public void run() {
    findings = ledger.check();
    if (findings.sound()) {
      FacesMessages.info("training.ledger.sound");
    } else {
      FacesMessages.error("training.ledger.broken", findings.size());
    }
  }

  public List<TrainingLedger.Mismatch> getMismatches() {
    return findings == null ? List.of() : findings.credits();
  }

  public List<TrainingLedger.Misattribution> getMisattributions() {
    return findings == null ? List.of() : findings.units();
  }

  public List<TrainingLedger.OwedMismatch> getOwedMismatches() {
    return findings == null ? List.of() : findings.owed();
  }
}
