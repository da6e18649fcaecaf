package org.constable.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.constable.security.AccountService;
import org.constable.web.shell.FacesMessages;

/** The caller's own address for notifications by e-mail; empty for the inbox only. */
@Named
@ViewScoped
public class MailAddressBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;

  private String email;

  @PostConstruct
  void init() {
    email = accounts.ownEmail();
  }

  public void save() {
    FacesMessages.attempt(() -> accounts.changeOwnEmail(email), "account.email.saved");
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
