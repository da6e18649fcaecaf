package org.constable.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.constable.platform.BusinessException;
import org.constable.security.AccountService;
import org.constable.security.AccountView;
import org.constable.security.Role;
import org.constable.security.TwoFactor;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.PagedModel;

/** ADMIN creates, disables and re-roles accounts and resets passwords. */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private TwoFactor twoFactor;

  private String search;

  @Pattern(regexp = "\\d{6}", message = "{constable.policeNumber}")
  private String newPoliceNumber;

  @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{constable.unitCode}")
  private String newScopeUnitCode;

  private List<String> newRoles = new ArrayList<>(List.of(Role.OFFICER.name()));
  private AccountView selected;
  private List<String> selectedRoles;
  private String issuedPassword;

  private final PagedModel<AccountView> model =
      new PagedModel<>(
          () -> accounts.count(search),
          (first, pageSize, sortBy) -> accounts.page(search, first, pageSize),
          AccountView::id);

  public void create() {
    try {
      issuedPassword = accounts.create(newPoliceNumber, toSet(newRoles), newScopeUnitCode);
      FacesMessages.info("account.created", newPoliceNumber);
      newPoliceNumber = null;
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void select(AccountView account) {
    selected = account;
    selectedRoles = new ArrayList<>(account.roles().stream().map(Role::name).toList());
    issuedPassword = null;
  }

  public void saveRoles() {
    FacesMessages.attempt(
        () -> accounts.assignRoles(selected.id(), toSet(selectedRoles), selected.version()),
        "account.saved");
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
    return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
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

  public String getNewScopeUnitCode() {
    return newScopeUnitCode;
  }

  public void setNewScopeUnitCode(String newScopeUnitCode) {
    this.newScopeUnitCode = newScopeUnitCode;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
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

  public String getIssuedPassword() {
    return issuedPassword;
  }
}
