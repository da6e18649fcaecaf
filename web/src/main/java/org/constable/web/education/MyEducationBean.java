package org.constable.web.education;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.education.ClaimRow;
import org.constable.education.Claims;
import org.constable.education.DeadlineRow;
import org.constable.education.Deadlines;
import org.constable.education.EnrolmentInput;
import org.constable.education.EnrolmentRow;
import org.constable.education.Outcome;
import org.constable.education.Programme;
import org.constable.education.ReimbursementResult;
import org.constable.education.StudyMode;
import org.constable.education.Upgrades;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.Uploads;
import org.constable.web.shell.UserBean;
import org.primefaces.event.FileUploadEvent;

/**
 * 我的学历: the officer registers a programme, records how it ended, files a claim with its receipt
 * after seeing what the rule gives and why, and follows its claims.
 */
@Named
@ViewScoped
public class MyEducationBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Upgrades upgrades;
  @Inject private Claims claims;
  @Inject private Deadlines deadlines;
  @Inject private UserBean user;

  private Programme programme;
  private String school;
  private String major;
  private StudyMode studyMode;
  private LocalDate startDate;
  private LocalDate endDate;
  private BigDecimal tuition;

  private EnrolmentRow selected;

  /** Which step the selected enrolment is at: END its outcome, CLAIM a claim for it. */
  public enum Step {
    END,
    CLAIM
  }

  private Step step;
  private Outcome outcome;
  private LocalDate outcomeDate;
  private ReimbursementResult preview;
  private Attachment receipt;

  private List<EnrolmentRow> enrolments;
  private List<ClaimRow> mine;
  private Optional<DeadlineRow> deadline;

  public void register() {
    if (FacesMessages.attempt(
        () ->
            upgrades.register(
                user.getOfficerId(),
                new EnrolmentInput(
                    programme, school, major, studyMode, startDate, endDate, tuition)),
        "education.mine.registered")) {
      programme = null;
      school = null;
      major = null;
      studyMode = null;
      startDate = null;
      endDate = null;
      tuition = null;
      enrolments = null;
    }
  }

  public void chooseToEnd(EnrolmentRow row) {
    selected = row;
    step = Step.END;
    outcome = null;
    outcomeDate = null;
  }

  public void end() {
    if (FacesMessages.attempt(
        () -> upgrades.end(selected.id(), outcome, outcomeDate, selected.version()),
        "education.mine.ended")) {
      enrolments = null;
      step = null;
    }
  }

  public void chooseToClaim(EnrolmentRow row) {
    selected = row;
    step = Step.CLAIM;
    receipt = null;
    try {
      preview = claims.preview(row.id());
    } catch (BusinessException e) {
      preview = null;
      FacesMessages.error(e);
    }
  }

  public void upload(FileUploadEvent event) {
    receipt =
        Uploads.attachment(event, Claims.MAX_RECEIPT_BYTES, "education.claim.receiptReceived");
  }

  public void file() {
    if (FacesMessages.attempt(() -> claims.file(selected.id(), receipt), "education.mine.filed")) {
      receipt = null;
      preview = null;
      mine = null;
      step = null;
    }
  }

  public List<EnrolmentRow> getEnrolments() {
    if (enrolments == null) {
      enrolments = upgrades.of(user.getOfficerId());
    }
    return enrolments;
  }

  public List<ClaimRow> getClaims() {
    if (mine == null) {
      mine = claims.mine();
    }
    return mine;
  }

  public DeadlineRow getDeadline() {
    if (deadline == null) {
      deadline = deadlines.mine();
    }
    return deadline.orElse(null);
  }

  public Programme[] getProgrammes() {
    return Programme.values();
  }

  public StudyMode[] getStudyModes() {
    return StudyMode.values();
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public long getMaxBytes() {
    return Claims.MAX_RECEIPT_BYTES;
  }

  public String getReceiptName() {
    return receipt == null ? null : receipt.fileName();
  }

  public EnrolmentRow getSelected() {
    return selected;
  }

  public boolean isEnding() {
    return step == Step.END;
  }

  public boolean isClaiming() {
    return step == Step.CLAIM && preview != null;
  }

  public void cancel() {
    step = null;
  }

  public ReimbursementResult getPreview() {
    return preview;
  }

  public Programme getProgramme() {
    return programme;
  }

  public void setProgramme(Programme programme) {
    this.programme = programme;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getMajor() {
    return major;
  }

  public void setMajor(String major) {
    this.major = major;
  }

  public StudyMode getStudyMode() {
    return studyMode;
  }

  public void setStudyMode(StudyMode studyMode) {
    this.studyMode = studyMode;
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

  public BigDecimal getTuition() {
    return tuition;
  }

  public void setTuition(BigDecimal tuition) {
    this.tuition = tuition;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public LocalDate getOutcomeDate() {
    return outcomeDate;
  }

  public void setOutcomeDate(LocalDate outcomeDate) {
    this.outcomeDate = outcomeDate;
  }
}
