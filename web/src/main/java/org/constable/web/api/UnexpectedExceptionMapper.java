package org.constable.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else: the status it carries, or 500; never a stack trace to the caller. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException web) {
      var status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      return Problem.of(status, "about:blank", status.getReasonPhrase());
    }
    LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
    return Problem.of(
        Response.Status.INTERNAL_SERVER_ERROR, "about:blank", "The server could not answer.");
  }
}
