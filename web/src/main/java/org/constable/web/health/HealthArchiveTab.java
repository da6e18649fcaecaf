package org.constable.web.health;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.constable.health.CheckInput;
import org.constable.health.CheckRow;
import org.constable.health.HealthArchive;
import org.constable.health.HealthChecks;
import org.constable.personnel.InvalidInputException;
import org.constable.platform.BusinessException;
import org.constable.web.shell.FacesMessages;

/**
 * The health archive tab of the officer record: read once per view (each read is audited); the
 * health administrator records a check by hand here, or removes one.
 */
@Named
@ViewScoped
public class HealthArchiveTab implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private HealthChecks checks;

  private Long loadedFor;
  private HealthArchive archive;

  private LocalDate checkedOn;
  private String institution;
  private String conclusion;
  private String findings;
  private List<String> conditions = new ArrayList<>();
  private LocalDate followUpOn;

  /** The officer's archive, read once for the view (the service checks who may read it). */
  public HealthArchive archive(Long officerId) {
    if (!officerId.equals(loadedFor)) {
      archive = checks.archive(officerId);
      loadedFor = officerId;
    }
    return archive;
  }

  public void add(Long officerId) {
    var input =
        new CheckInput(
            checkedOn, institution, conclusion, findings, Set.copyOf(conditions), followUpOn);
    try {
      checks.record(officerId, input);
    } catch (InvalidInputException e) {
      e.getErrors().forEach(f -> FacesMessages.error(f.messageKey(), f.arguments().toArray()));
      return;
    } catch (BusinessException e) {
      FacesMessages.error(e);
      return;
    }
    FacesMessages.info("health.check.saved");
    loadedFor = null;
    checkedOn = null;
    institution = null;
    conclusion = null;
    findings = null;
    conditions = new ArrayList<>();
    followUpOn = null;
  }

  public void remove(CheckRow check) {
    if (FacesMessages.attempt(
        () -> checks.remove(check.id(), check.version()), "health.check.removed")) {
      loadedFor = null;
    }
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }

  public void setCheckedOn(LocalDate checkedOn) {
    this.checkedOn = checkedOn;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getConclusion() {
    return conclusion;
  }

  public void setConclusion(String conclusion) {
    this.conclusion = conclusion;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public List<String> getConditions() {
    return conditions;
  }

  public void setConditions(List<String> conditions) {
    this.conditions = conditions == null ? new ArrayList<>() : new ArrayList<>(conditions);
  }

  public LocalDate getFollowUpOn() {
    return followUpOn;
  }

  public void setFollowUpOn(LocalDate followUpOn) {
    this.followUpOn = followUpOn;
  }
}
