package org.constable.web.training;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.constable.platform.BusinessException;
import org.constable.training.CheckInCode;
import org.constable.training.CheckIns;
import org.constable.web.shell.FacesMessages;

/**
 * The check-in QR on the trainer's screen: a fresh code on every poll (the page asks each 20
 * seconds, a code lives 90), as the link an officer's phone opens.
 */
@Named
@ViewScoped
public class CheckInCodeBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SessionBean session;
  @Inject private CheckIns checkIns;

  private CheckInCode code;
  private boolean showing;

  public void show() {
    try {
      code = checkIns.code(session.getSessionId());
      showing = true;
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void refresh() {
    if (showing) {
      code = checkIns.code(session.getSessionId());
    }
  }

  public void hide() {
    showing = false;
    code = null;
  }

  /** The link the QR holds: the check-in page of this server with the code. */
  public String getLink() {
    if (code == null) {
      return "";
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String base =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath();
    return base
        + "/training/checkin.xhtml?code="
        + URLEncoder.encode(code.token(), StandardCharsets.UTF_8);
  }

  public CheckInCode getCode() {
    return code;
  }

  public boolean isShowing() {
    return showing;
  }
}
