package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.training.ExternalInput;
import org.constable.training.ExternalKind;
import org.constable.training.ExternalRow;
import org.constable.training.ExternalTrainings;
import org.constable.training.HalfDays;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.Uploads;
import org.constable.web.shell.UserBean;
import org.primefaces.event.FileUploadEvent;

/**
 * The form for training done elsewhere: an officer records its own (with the list of what it
 * recorded), or HR records one for an officer it picks. The proof is uploaded first and kept here
 * until the form is sent.
 */
@Named
@ViewScoped
public class ExternalTrainingBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ExternalTrainings trainings;
  @Inject private UserBean user;

  private String forOfficer;
  private ExternalKind kind;
  private String title;
  private String provider;
  private LocalDate startDate;
  private LocalDate endDate;
  private BigDecimal days;
  private Attachment proof;
  private List<ExternalRow> mine;

  public void upload(FileUploadEvent event) {
    proof =
        Uploads.attachment(
            event, ExternalTrainings.MAX_PROOF_BYTES, "training.external.proofReceived");
  }

  /** The officer's own record. */
  public void submitOwn() {
    send(null);
  }

  /** HR, for the officer it picked. */
  public void submitForOfficer() {
    send(forOfficer);
  }

  private void send(String policeNumber) {
    try {
      if (days == null) {
        throw new BusinessException("training.external.halfDays", "—");
      }
      int halfDays = HalfDays.typed(days);
      var input = new ExternalInput(kind, title, provider, startDate, endDate, halfDays);
      if (policeNumber == null) {
        trainings.submit(user.getOfficerId(), input, proof);
      } else {
        if (policeNumber.isBlank()) {
          throw new BusinessException("training.external.officerRequired");
        }
        trainings.submitFor(policeNumber, input, proof);
      }
      FacesMessages.info("training.external.submitted", title.strip());
      clear();
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  private void clear() {
    forOfficer = null;
    kind = null;
    title = null;
    provider = null;
    startDate = null;
    endDate = null;
    days = null;
    proof = null;
    mine = null;
  }

  public List<ExternalRow> getMine() {
    if (mine == null) {
      mine = trainings.of(user.getOfficerId());
    }
    return mine;
  }

  public ExternalKind[] getKinds() {
    return ExternalKind.values();
  }

  public long getMaxBytes() {
    return ExternalTrainings.MAX_PROOF_BYTES;
  }

  public String getProofName() {
    return proof == null ? null : proof.fileName();
  }

  public String getForOfficer() {
    return forOfficer;
  }

  public void setForOfficer(String forOfficer) {
    this.forOfficer = forOfficer;
  }

  public ExternalKind getKind() {
    return kind;
  }

  public void setKind(ExternalKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public BigDecimal getDays() {
    return days;
  }

  public void setDays(BigDecimal days) {
    this.days = days;
  }
}
