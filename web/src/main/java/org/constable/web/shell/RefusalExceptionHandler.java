package org.constable.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.NotFoundException;
import org.constable.platform.OutOfScopeException;

/**
 * Turns a service's refusal from any page, view action or getter into the 403 or 404 page, so no
 * bean catches them by hand: a page request ends with that HTTP status and the error page in the
 * user's language. In an ajax request the wrapped OmniFaces handler shows the same pages (web.xml
 * maps both exceptions to them).
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

  public RefusalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Optional<Integer> status = statusOf(events.next().getContext().getException());
        if (status.isPresent() && send(context, status.get())) {
          events.remove();
          break;
        }
      }
    }
    getWrapped().handle();
  }

  /**
   * 403 for an access refusal, 404 for a record that does not exist or lies beyond the scope (the
   * two alike), anywhere in the causes.
   */
  static Optional<Integer> statusOf(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfScopeException) {
        return Optional.of(404);
      }
      if (cause instanceof AccessDeniedException) {
        return Optional.of(403);
      }
      if (cause instanceof NotFoundException) {
        return Optional.of(404);
      }
    }
    return Optional.empty();
  }

  private static boolean send(FacesContext context, int status) {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      return false;
    }
    try {
      external.responseReset();
      external.responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
    return true;
  }
}
