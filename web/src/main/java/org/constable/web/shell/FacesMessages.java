package org.constable.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.constable.platform.BusinessException;

/** Puts a bundle text on the page as a message, in the view's language. */
public final class FacesMessages {

  private FacesMessages() {}

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, null, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
  }

  public static void error(BusinessException e) {
    add(FacesMessage.SEVERITY_ERROR, null, e.getMessageKey(), e.getArguments());
  }

  /**
   * Runs a change and says how it went: the success text, or the business refusal, in the user's
   * language. Returns whether the change was made.
   */
  public static boolean attempt(Runnable change, String successKey, Object... arguments) {
    try {
      change.run();
      info(successKey, arguments);
      return true;
    } catch (BusinessException e) {
      error(e);
      return false;
    }
  }

  /** A message shown at one field. */
  public static void errorAt(String clientId, String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
  }

  private static void add(
      FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
    var context = FacesContext.getCurrentInstance();
    String text = Texts.get(context.getViewRoot().getLocale(), key, arguments);
    context.addMessage(clientId, new FacesMessage(severity, text, null));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
