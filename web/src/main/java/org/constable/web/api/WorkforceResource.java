package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.constable.platform.BusinessException;
import org.constable.reporting.WorkforceReport;
import org.constable.reporting.WorkforceStatistics;

/**
 * The workforce figures of a unit in the caller's scope (default: the scope's root) as of a day
 * (default: today), as the dashboard shows them. Read-only; needs workforce:read.
 */
@Path("/workforce")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkforceResource {

  @Inject private WorkforceStatistics statistics;

  @GET
  public WorkforceReport report(@QueryParam("asOf") String asOf, @QueryParam("unit") Long unitId) {
    return statistics.report(parse(asOf), unitId);
  }

  private static LocalDate parse(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("workforce.badParameter", "asOf", asOf);
    }
  }
}
