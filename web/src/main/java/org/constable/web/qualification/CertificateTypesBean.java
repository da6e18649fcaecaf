package org.constable.web.qualification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.constable.qualification.CertificateTypeInput;
import org.constable.qualification.CertificateTypeView;
import org.constable.qualification.CertificateTypes;
import org.constable.qualification.ExpiryAlerts;
import org.constable.security.Permissions;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.UserBean;
import org.primefaces.PrimeFaces;

/** The certificate types: everyone reads them; ADMIN (or the city's HR) adds and changes them. */
@Named
@ViewScoped
public class CertificateTypesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CertificateTypes types;
  @Inject private ExpiryAlerts alerts;
  @Inject private UserBean user;

  private List<CertificateTypeView> rows;
  private Long editingVersion;
  private String code;
  private String nameZh;
  private String nameEn;
  private String issuer;
  private Integer validityYears;
  private Integer level;
  private boolean enforcement;
  private boolean active = true;
  private int sortOrder;
  private Boolean definer;

  public List<CertificateTypeView> getRows() {
    if (rows == null) {
      rows = types.all();
    }
    return rows;
  }

  public void startNew() {
    editingVersion = null;
    code = null;
    nameZh = null;
    nameEn = null;
    issuer = null;
    validityYears = null;
    level = null;
    enforcement = false;
    active = true;
    sortOrder = (getRows().size() + 1) * 10;
  }

  public void edit(CertificateTypeView t) {
    editingVersion = t.version();
    code = t.code();
    nameZh = t.nameZh();
    nameEn = t.nameEn();
    issuer = t.issuer();
    validityYears = t.validityYears();
    level = t.level();
    enforcement = t.enforcement();
    active = t.active();
    sortOrder = t.sortOrder();
  }

  public void save() {
    var input =
        new CertificateTypeInput(
            code, nameZh, nameEn, issuer, validityYears, level, enforcement, active, sortOrder);
    if (FacesMessages.attempt(
        () -> {
          if (editingVersion == null) {
            types.add(input);
          } else {
            types.change(input, editingVersion);
          }
        },
        "qualification.type.saved",
        nameZh)) {
      rows = null;
      PrimeFaces.current().executeScript("PF('typeDialog').hide()");
    }
  }

  /** ADMIN runs the daily expiry check now. */
  public void runAlerts() {
    FacesMessages.info("qualification.alert.ran", alerts.runNow());
  }

  /** Whether the caller may change the list (the service decides again). */
  public boolean isDefiner() {
    if (definer == null) {
      definer = types.mayDefine();
    }
    return definer;
  }

  /** ADMIN's button for the expiry check. */
  public boolean isAdministrator() {
    return user.can(Permissions.QUALIFICATION_DEFINE);
  }

  public boolean isEditing() {
    return editingVersion != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public Integer getValidityYears() {
    return validityYears;
  }

  public void setValidityYears(Integer validityYears) {
    this.validityYears = validityYears;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public boolean isEnforcement() {
    return enforcement;
  }

  public void setEnforcement(boolean enforcement) {
    this.enforcement = enforcement;
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
