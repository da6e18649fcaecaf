package org.constable.web.personnel;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.constable.web.shell.Texts;

/** Ends a page request with an HTTP error, so the container shows its error page. */
final class HttpErrors {

  static final int FORBIDDEN = 403;
  static final int NOT_FOUND = 404;

  private HttpErrors() {}

  static void send(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    String key = status == FORBIDDEN ? "error.403.title" : "error.404.title";
    try {
      context
          .getExternalContext()
          .responseSendError(status, Texts.get(context.getViewRoot().getLocale(), key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
