package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
  public WorkforceReport report(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit) {
    return statistics.report(QueryParams.date("asOf", asOf, null), QueryParams.id("unit", unit));
  }

  /** The report's one grouped scan alone, timed (see {@link Floors}): its floor. */
  @GET
  @Path("/floor")
  public Response floor(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit) {
    return Floors.timed(
        () -> statistics.floor(QueryParams.date("asOf", asOf, null), QueryParams.id("unit", unit)));
  }
}
