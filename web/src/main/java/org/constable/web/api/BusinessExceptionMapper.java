package org.constable.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.constable.personnel.RosterRejectedException;
import org.constable.personnel.RowError;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.ConcurrentEditException;
import org.constable.platform.NotFoundException;
import org.constable.platform.OutOfScopeException;
import org.constable.qualification.CertificateRowsRejectedException;
import org.constable.training.TrainingRowsRejectedException;
import org.constable.web.shell.Texts;

/** A business refusal as a problem, its detail in the caller's language (Accept-Language). */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException e) {
    Locale locale =
        headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
    Locale language = Texts.supported(locale);
    // a record beyond the scope and one that does not exist answer alike, in status and in words
    boolean absent = e instanceof NotFoundException || e instanceof OutOfScopeException;
    String detail = absent ? Texts.get(language, "error.recordNotFound") : Texts.of(language, e);
    List<RowError> rows =
        e instanceof TrainingRowsRejectedException training
            ? training.getErrors()
            : e instanceof CertificateRowsRejectedException certificates
                ? certificates.getErrors()
                : e instanceof RosterRejectedException roster ? roster.getErrors() : List.of();
    List<String> errors =
        rows.stream()
            .map(
                r ->
                    Texts.get(language, "training.api.rowError", r.rowNumber(), r.field())
                        + Texts.get(language, r.messageKey(), r.arguments().toArray()))
            .toList();
    String type = absent ? "error.recordNotFound" : e.getMessageKey();
    return Problem.of(status(e), "urn:constable:problem:" + type, detail, errors);
  }

  private static Response.Status status(BusinessException e) {
    if (e instanceof OutOfScopeException) {
      return Response.Status.NOT_FOUND;
    }
    if (e instanceof AccessDeniedException) {
      return Response.Status.FORBIDDEN;
    }
    if (e instanceof NotFoundException) {
      return Response.Status.NOT_FOUND;
    }
    if (e instanceof ConcurrentEditException) {
      return Response.Status.CONFLICT;
    }
    return Response.Status.BAD_REQUEST;
  }
}
