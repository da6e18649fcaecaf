package org.constable.web.qualification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.constable.qualification.CertificateRow;
import org.constable.qualification.Certificates;
import org.constable.qualification.EnforcementGate;
import org.constable.qualification.EnforcementStanding;
import org.constable.qualification.RequirementView;

/**
 * The certificates tab of the officer record (its own, or one HR reads): whether it may do
 * enforcement today, what its post requires that it lacks, and its certificates with their history.
 */
@Named
@ViewScoped
public class CertificateRecordTab implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Certificates certificates;
  @Inject private EnforcementGate gate;
  @Inject private Clock clock;

  private Long loadedFor;
  private List<CertificateRow> rows;
  private EnforcementStanding standing;
  private List<RequirementView> lacking;

  private void load(Long officerId) {
    if (officerId != null && !officerId.equals(loadedFor)) {
      LocalDate today = LocalDate.now(clock);
      rows = certificates.of(officerId);
      standing = gate.mayEnforce(officerId, today);
      lacking = gate.requirementsLacking(officerId, today);
      loadedFor = officerId;
    }
  }

  /** Read once per view, at the first render of the tab. */
  public List<CertificateRow> rows(Long officerId) {
    load(officerId);
    return rows;
  }

  public EnforcementStanding standing(Long officerId) {
    load(officerId);
    return standing;
  }

  public List<RequirementView> lacking(Long officerId) {
    load(officerId);
    return lacking;
  }

  /** After the form changed a certificate on this page. */
  public void reload() {
    loadedFor = null;
  }
}
