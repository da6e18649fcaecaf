package org.constable.web.personnel;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.constable.education.EducationRecords;
import org.constable.education.GradeGates;
import org.constable.personnel.Education;
import org.constable.personnel.IdNumber;
import org.constable.personnel.InvalidInputException;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerPhotos;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ViewParameters;
import org.primefaces.event.FileUploadEvent;

/**
 * HR creates an officer (no id) or edits one (id); bad fields are shown where they were typed. An
 * id outside the scope is 403, an unknown one 404 (the shell's exception handler).
 */
@Named
@ViewScoped
public class OfficerEditBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "edit:";

  @Inject private OfficerRegister register;
  @Inject private OfficerDirectory directory;
  @Inject private Clock clock;
  @Inject private OrgUnitDirectory units;
  @Inject private OfficerPhotos photos;
  @Inject private GradeGates gradeGates;
  @Inject private EducationRecords educationRecords;

  private String id;
  private Long officerId;
  private long version;
  private OfficerForm form;
  private UnitRow unit;
  private LocalDate effectiveDate;
  private String loadedGrade;
  private boolean gradeGateWarned;
  private String gradeGateReason;
  private boolean educationFollowsRecords;

  public void load() {
    effectiveDate = LocalDate.now(clock);
    if (id == null || id.isBlank()) {
      form = OfficerForm.blank();
      return;
    }
    officerId = ViewParameters.id("Officer", id);
    form = OfficerForm.of(register.input(officerId));
    loadedGrade = form.getGradeCode();
    educationFollowsRecords = !educationRecords.of(officerId).isEmpty();
    version = directory.find(officerId).version();
  }

  public void save() throws IOException {
    boolean gated = gradeGated();
    if (gated && (gradeGateReason == null || gradeGateReason.isBlank())) {
      gradeGateWarned = true;
      FacesMessages.errorAt(FORM + "gradeCode", "education.gate.warning");
      FacesMessages.error("education.gate.warning");
      return;
    }
    long savedId;
    try {
      if (officerId == null) {
        savedId = register.create(form.toInput());
      } else {
        register.update(officerId, form.toInput(), effectiveDate, version);
        savedId = officerId;
      }
    } catch (InvalidInputException e) {
      e.getErrors()
          .forEach(
              error ->
                  FacesMessages.errorAt(
                      FORM + error.field(), error.messageKey(), error.arguments().toArray()));
      FacesMessages.error(e);
      return;
    } catch (BusinessException e) {
      FacesMessages.error(e);
      return;
    }
    if (gated) {
      gradeGates.recordReason(savedId, form.getGradeCode(), gradeGateReason);
    }
    FacesMessages.info("officer.saved");
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/personnel/officer.xhtml?id=" + savedId);
  }

  /** A grade newly given that the officer's education does not allow (item 9). */
  private boolean gradeGated() {
    String grade = form.getGradeCode();
    if (grade == null || grade.equals(loadedGrade)) {
      return false;
    }
    Education level;
    try {
      level = form.getEducation() == null ? null : Education.valueOf(form.getEducation());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return !gradeGates.allowsLevel(level, grade);
  }

  /** The highest education follows the education records once there are any (read-only here). */
  public boolean isEducationFollowsRecords() {
    return educationFollowsRecords;
  }

  public boolean isGradeGateWarned() {
    return gradeGateWarned;
  }

  public String getGradeGateReason() {
    return gradeGateReason;
  }

  public void setGradeGateReason(String gradeGateReason) {
    this.gradeGateReason = gradeGateReason;
  }

  /** The form starts with the mask; HR asks for the whole number to correct it (audited). */
  /** The photo as uploaded, checked by its bytes; a bad file says why and changes nothing. */
  public void uploadPhoto(FileUploadEvent event) {
    try {
      photos.upload(officerId, event.getFile().getFileName(), event.getFile().getContent());
      FacesMessages.info("officer.photo.saved");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void revealIdNumber() {
    form.setIdNumber(directory.revealIdNumber(officerId));
  }

  public boolean isIdNumberMasked() {
    return officerId != null && IdNumber.isMask(form.getIdNumber());
  }

  public boolean isNew() {
    return officerId == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** The unit picked for the officer; the form keeps its code, which the service checks. */
  public UnitRow getUnit() {
    if (unit == null && form != null && form.getUnitCode() != null) {
      unit = units.findByCode(form.getUnitCode());
    }
    return unit;
  }

  public void setUnit(UnitRow unit) {
    this.unit = unit;
    form.setUnitCode(unit == null ? null : unit.code());
  }

  public OfficerForm getForm() {
    return form;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public void setEffectiveDate(LocalDate effectiveDate) {
    this.effectiveDate = effectiveDate;
  }
}
