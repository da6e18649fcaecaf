package org.constable.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.constable.platform.BusinessException;
import org.constable.security.AccountService;
import org.constable.security.AuthenticationService;
import org.constable.security.CurrentUser;
import org.constable.web.security.SessionPrincipals;
import org.constable.web.shell.FacesMessages;

/** Any user changes its own password; a reset password must be changed before anything else. */
@Named
@RequestScoped
public class PasswordBean {

  @Inject private AccountService accounts;
  @Inject private AuthenticationService authentication;
  @Inject private CurrentUser currentUser;

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  public void change() throws IOException {
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      FacesMessages.errorAt("password:repeat", "password.mismatch");
      return;
    }
    try {
      accounts.changeOwnPassword(currentPassword, newPassword);
    } catch (BusinessException e) {
      FacesMessages.error(e);
      return;
    }
    SessionPrincipals.replace(authentication.reloadOwn());
    FacesMessages.info("password.changed");
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
  }

  public boolean isMustChange() {
    return currentUser.principal().map(p -> p.mustChangePassword()).orElse(false);
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
