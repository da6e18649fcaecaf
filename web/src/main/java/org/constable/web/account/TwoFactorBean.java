package org.constable.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.constable.platform.BusinessException;
import org.constable.policy.PolicyKeys;
import org.constable.policy.PolicyService;
import org.constable.security.AccountPrincipal;
import org.constable.security.TwoFactor;
import org.constable.web.security.LoginBean;
import org.constable.web.security.TwoFactorFilter;
import org.constable.web.shell.FacesMessages;

/**
 * The second step of a log-in (the code from the app, or a recovery code), the enrolment a role
 * requires or a user chooses (QR code, one code to confirm, the recovery codes shown once), and the
 * account's standing once enrolled.
 */
@Named
@ViewScoped
public class TwoFactorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the page shows. */
  public enum Mode {
    VERIFY,
    ENROL,
    RECOVERY_CODES,
    ENROLLED,
    OPTIONAL
  }

  @Inject private TwoFactor twoFactor;
  @Inject private PolicyService policy;

  private Mode mode;
  private TwoFactor.Offer offer;
  private List<String> recoveryCodes = List.of();
  private String code;

  public void load() {
    if (mode != null) {
      return;
    }
    Object pending = session().getAttribute(TwoFactorFilter.PENDING);
    if (TwoFactor.Need.CODE.name().equals(pending)) {
      mode = Mode.VERIFY;
    } else if (TwoFactor.Need.ENROL.name().equals(pending)) {
      startEnrolment();
    } else {
      mode = twoFactor.isEnrolled() ? Mode.ENROLLED : Mode.OPTIONAL;
    }
  }

  public void startEnrolment() {
    offer = twoFactor.offer();
    mode = Mode.ENROL;
  }

  public void confirm() {
    try {
      recoveryCodes = twoFactor.confirm(code);
      mode = Mode.RECOVERY_CODES;
    } catch (BusinessException e) {
      FacesMessages.errorAt("twoFactor:enrolCode", e.getMessageKey());
    } finally {
      code = null;
    }
  }

  public void verify() throws IOException {
    TwoFactor.Verdict verdict = twoFactor.verify(code);
    code = null;
    switch (verdict) {
      case ACCEPTED -> proceed();
      case WRONG -> FacesMessages.errorAt("twoFactor:verifyCode", "twoFactor.wrongCode");
      case LOCKED -> {
        SecurityUtils.getSubject().logout();
        FacesMessages.error("twoFactor.locked", policy.intValue(PolicyKeys.LOGIN_LOCK_MINUTES));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        redirect("/login.xhtml");
      }
    }
  }

  /** The second factor is done: on to where the log-in was going. */
  public void proceed() throws IOException {
    boolean wasPending = session().getAttribute(TwoFactorFilter.PENDING) != null;
    session().removeAttribute(TwoFactorFilter.PENDING);
    if (!wasPending) {
      mode = Mode.ENROLLED;
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        LoginBean.target(
            (HttpServletRequest) external.getRequest(),
            (AccountPrincipal) SecurityUtils.getSubject().getPrincipal()));
  }

  private static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  private static jakarta.servlet.http.HttpSession session() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getSession();
  }

  public Mode getMode() {
    return mode;
  }

  public TwoFactor.Offer getOffer() {
    return offer;
  }

  /** The secret in groups of four, as a person types it into an app without a camera. */
  public String getGroupedSecret() {
    return offer == null ? null : offer.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public LocalDateTime getEnrolledAt() {
    return twoFactor.enrolledAt();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
