package org.constable.web.qualification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.constable.qualification.CertificateTypes;
import org.constable.qualification.RequirementInput;
import org.constable.qualification.RequirementView;
import org.constable.qualification.Requirements;
import org.constable.qualification.SubjectKind;
import org.constable.web.shell.FacesMessages;
import org.primefaces.PrimeFaces;

/** The requirements per post, line or duty: everyone reads them; ADMIN sets them. */
@Named
@ViewScoped
public class RequirementsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Requirements requirements;
  @Inject private CertificateTypes types;

  private List<RequirementView> rows;
  private Boolean definer;
  private Long editingId;
  private long editingVersion;
  private SubjectKind subjectKind;
  private String postCode;
  private String lineCode;
  private List<String> typeCodes = new ArrayList<>();
  private boolean postgraduate;
  private int targetPercent = 100;
  private String basis;
  private boolean active = true;
  private int sortOrder;

  public List<RequirementView> getRows() {
    if (rows == null) {
      rows = requirements.all();
    }
    return rows;
  }

  public boolean isDefiner() {
    if (definer == null) {
      definer = types.mayDefine();
    }
    return definer;
  }

  public void startNew() {
    editingId = null;
    subjectKind = SubjectKind.POST;
    postCode = null;
    lineCode = null;
    typeCodes = new ArrayList<>();
    postgraduate = false;
    targetPercent = 100;
    basis = null;
    active = true;
    sortOrder = (getRows().size() + 1) * 10;
  }

  public void edit(RequirementView r) {
    editingId = r.id();
    editingVersion = r.version();
    subjectKind = r.subjectKind();
    postCode = r.subjectKind() == SubjectKind.POST ? r.subjectCode() : null;
    lineCode = r.subjectKind() == SubjectKind.LINE ? r.subjectCode() : null;
    typeCodes = new ArrayList<>(r.typeCodes());
    postgraduate = r.postgraduate();
    targetPercent = r.targetPercent();
    basis = r.basis();
    active = r.active();
    sortOrder = r.sortOrder();
  }

  public void save() {
    String code = subjectKind == SubjectKind.LINE ? lineCode : postCode;
    var input =
        new RequirementInput(
            subjectKind, code, typeCodes, postgraduate, targetPercent, basis, active, sortOrder);
    if (FacesMessages.attempt(
        () -> {
          if (editingId == null) {
            requirements.add(input);
          } else {
            requirements.change(editingId, input, editingVersion);
          }
        },
        "qualification.requirement.saved")) {
      rows = null;
      PrimeFaces.current().executeScript("PF('requirementDialog').hide()");
    }
  }

  public SubjectKind[] getSubjectKinds() {
    return SubjectKind.values();
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public SubjectKind getSubjectKind() {
    return subjectKind;
  }

  public void setSubjectKind(SubjectKind subjectKind) {
    this.subjectKind = subjectKind;
  }

  public String getPostCode() {
    return postCode;
  }

  public void setPostCode(String postCode) {
    this.postCode = postCode;
  }

  public String getLineCode() {
    return lineCode;
  }

  public void setLineCode(String lineCode) {
    this.lineCode = lineCode;
  }

  public List<String> getTypeCodes() {
    return typeCodes;
  }

  public void setTypeCodes(List<String> typeCodes) {
    this.typeCodes = typeCodes == null ? new ArrayList<>() : new ArrayList<>(typeCodes);
  }

  public boolean isPostgraduate() {
    return postgraduate;
  }

  public void setPostgraduate(boolean postgraduate) {
    this.postgraduate = postgraduate;
  }

  public int getTargetPercent() {
    return targetPercent;
  }

  public void setTargetPercent(int targetPercent) {
    this.targetPercent = targetPercent;
  }

  public String getBasis() {
    return basis;
  }

  public void setBasis(String basis) {
    this.basis = basis;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }
}
