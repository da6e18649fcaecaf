package org.constable.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.constable.policy.PolicyKeys;
import org.constable.policy.PolicyService;
import org.constable.security.AccountPrincipal;
import org.constable.security.TwoFactor;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.LocaleBean;

/** The log-in form: police number and password. */
@Named
@RequestScoped
public class LoginBean {

  @Inject private PolicyService policy;
  @Inject private LocaleBean localeBean;
  @Inject private Clock clock;
  @Inject private TwoFactor twoFactor;

  private String policeNumber;
  private String password;

  public void logIn() throws IOException {
    var subject = SecurityUtils.getSubject();
    try {
      subject.login(new UsernamePasswordToken(policeNumber, password));
    } catch (LockedAccountException e) {
      FacesMessages.error("login.locked", policy.intValue(PolicyKeys.LOGIN_LOCK_MINUTES));
      return;
    } catch (ExcessiveAttemptsException e) {
      FacesMessages.error("login.throttled", policy.intValue(PolicyKeys.LOGIN_LOCK_MINUTES));
      return;
    } catch (DisabledAccountException e) {
      FacesMessages.error("login.disabled");
      return;
    } catch (AuthenticationException e) {
      FacesMessages.error("login.invalid");
      return;
    } finally {
      password = null;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    // a new session id at log-in: a session id planted before it is worth nothing after
    request.changeSessionId();
    var session = request.getSession();
    session.setMaxInactiveInterval(policy.intValue(PolicyKeys.SESSION_IDLE_MINUTES) * 60);
    session.setAttribute(FacesAuthenticationFilter.LOGGED_IN_AT, LocalDateTime.now(clock));
    localeBean.reset();
    TwoFactor.Need need = twoFactor.needAtLogIn();
    if (need != TwoFactor.Need.NONE) {
      // the password was right; the second factor is still due, and nothing else opens until then
      session.setAttribute(TwoFactorFilter.PENDING, need.name());
      external.redirect(request.getContextPath() + TwoFactorFilter.PAGE);
      return;
    }
    external.redirect(target(request, (AccountPrincipal) subject.getPrincipal()));
  }

  /** Where a completed log-in goes: a password to change first, the page asked for, or home. */
  public static String target(HttpServletRequest request, AccountPrincipal principal) {
    String context = request.getContextPath();
    if (principal.mustChangePassword()) {
      return context + PasswordChangeFilter.PAGE;
    }
    SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
    if (saved != null && "GET".equalsIgnoreCase(saved.getMethod())) {
      return saved.getRequestUrl();
    }
    return context + "/index.xhtml";
  }

  public String getPoliceNumber() {
    return policeNumber;
  }

  public void setPoliceNumber(String policeNumber) {
    this.policeNumber = policeNumber;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
