package org.constable.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.security.AccountCandidate;
import org.constable.security.AccountService;
import org.constable.security.AccountView;
import org.constable.security.Role;
import org.constable.security.TwoFactor;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.OfficerPicker;
import org.constable.web.shell.PagedModel;

/**
 * The account list of both administrators (三员分立): the system administrator creates accounts,
 * disables them and resets passwords; the security administrator grants roles and data scopes and
 * resets the second factor. The page shows each only its own buttons; the service checks again.
 */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 15;

  @Inject private AccountService accounts;
  @Inject private TwoFactor twoFactor;
  @Inject private OrgUnitDirectory units;

  private String search;
  private String newPoliceNumber;
  private AccountView selected;
  private List<String> selectedRoles;
  private UnitRow selectedScope;
  private String issuedPassword;
  private Boolean securityAdministratorMissing;

  private final PagedModel<AccountView> model =
      new PagedModel<>(
          () -> accounts.count(search),
          (first, pageSize, sortBy) -> accounts.page(search, first, pageSize),
          AccountView::id);

  public List<AccountCandidate> candidates(String query) {
    return accounts.candidates(query, SUGGESTIONS);
  }

  /**
   * A suggestion's label (name, number, unit); once chosen, PrimeFaces hands back the police number
   * itself, shown as it is.
   */
  public String candidateLabel(Object item) {
    if (!(item instanceof AccountCandidate c)) {
      return item == null ? "" : item.toString();
    }
    return OfficerPicker.labelOf(c.name(), c.policeNumber(), c.unitNameZh(), c.unitNameEn());
  }

  public void create() {
    try {
      issuedPassword = accounts.create(newPoliceNumber);
      FacesMessages.info("account.created", newPoliceNumber);
      newPoliceNumber = null;
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void select(AccountView account) {
    selected = account;
    selectedRoles = new ArrayList<>(account.roles().stream().map(Role::name).toList());
    selectedScope = units.find(account.scopeUnitId());
    issuedPassword = null;
  }

  public void saveGrant() {
    if (selectedScope == null) {
      FacesMessages.error("account.scopeRequired");
      return;
    }
    FacesMessages.attempt(
        () ->
            accounts.grant(
                selected.id(), toSet(selectedRoles), selectedScope.code(), selected.version()),
        "account.saved");
  }

  public void appointSecurityAdministrator(AccountView account) {
    FacesMessages.attempt(
        () -> accounts.appointSecurityAdministrator(account.id(), account.version()),
        "account.securityAdministratorAppointed",
        account.policeNumber());
    securityAdministratorMissing = null;
  }

  /** Asked once per view (every row's button reads it), again after an appointment. */
  public boolean isSecurityAdministratorMissing() {
    if (securityAdministratorMissing == null) {
      securityAdministratorMissing = !accounts.hasSecurityAdministrator();
    }
    return securityAdministratorMissing;
  }

  public void toggleEnabled(AccountView account) {
    FacesMessages.attempt(
        () -> accounts.setEnabled(account.id(), !account.enabled(), account.version()),
        account.enabled() ? "account.disabled" : "account.enabled");
  }

  public void resetPassword(AccountView account) {
    try {
      issuedPassword = accounts.resetPassword(account.id());
      FacesMessages.info("account.passwordReset", account.policeNumber());
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  /** The account signs in with its password alone until it enrols again; its sessions end. */
  public void resetTwoFactor(AccountView account) {
    FacesMessages.attempt(
        () -> twoFactor.reset(account.id()), "account.twoFactorReset", account.policeNumber());
  }

  private static Set<Role> toSet(List<String> roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    if (roles != null) {
      roles.forEach(role -> set.add(Role.valueOf(role)));
    }
    return set;
  }

  public List<String> getAllRoles() {
    return Arrays.stream(Role.values()).map(Role::name).toList();
  }

  public PagedModel<AccountView> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getNewPoliceNumber() {
    return newPoliceNumber;
  }

  public void setNewPoliceNumber(String newPoliceNumber) {
    this.newPoliceNumber = newPoliceNumber;
  }

  public AccountView getSelected() {
    return selected;
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public UnitRow getSelectedScope() {
    return selectedScope;
  }

  public void setSelectedScope(UnitRow selectedScope) {
    this.selectedScope = selectedScope;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }
}
