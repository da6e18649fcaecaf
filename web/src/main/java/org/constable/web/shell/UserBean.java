package org.constable.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.Role;

/** Who is logged in, for the shell: name, unit, roles, and what the menu may show. */
@Named("user")
@RequestScoped
public class UserBean {

  @Inject private CurrentUser currentUser;
  @Inject private LocaleBean localeBean;

  public boolean isLoggedIn() {
    return currentUser.principal().isPresent();
  }

  /** The password was right, the second factor is still due: the menu leads nowhere yet. */
  public boolean isSecondFactorPending() {
    var session =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSession(false);
    return session instanceof jakarta.servlet.http.HttpSession http
        && http.getAttribute(org.constable.web.security.TwoFactorFilter.PENDING) != null;
  }

  public String getName() {
    return currentUser.principal().map(AccountPrincipal::name).orElse("");
  }

  public String getPoliceNumber() {
    return currentUser.principal().map(AccountPrincipal::policeNumber).orElse("");
  }

  /** The logged-in user's own officer id, for the "my record" link; null when nobody is. */
  public Long getOfficerId() {
    return currentUser.principal().map(AccountPrincipal::officerId).orElse(null);
  }

  public String getUnitName() {
    return currentUser.principal().map(p -> p.unitName(localeBean.getLocale())).orElse("");
  }

  public String getRoleNames() {
    return currentUser
        .principal()
        .map(
            p ->
                p.roles().stream()
                    .sorted()
                    .map(r -> Texts.get(localeBean.getLocale(), "role." + r.name()))
                    .collect(Collectors.joining(" · ")))
        .orElse("");
  }

  public boolean can(String permission) {
    return currentUser.can(permission);
  }

  public boolean has(String role) {
    return currentUser.principal().map(p -> p.has(Role.valueOf(role))).orElse(false);
  }
}
