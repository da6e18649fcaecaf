package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.constable.leave.LeaveRateRow;
import org.constable.leave.LeaveRates;

/**
 * The leave rate (年休假率) of a unit of the caller's scope (default: the scope's root) and of each
 * unit below it, as the rate page shows it; needs leave:manage or leave:approve.
 */
@Path("/leave")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeaveResource {

  @Inject private LeaveRates rates;
  @Inject private Clock clock;

  @GET
  @Path("/rates")
  public List<LeaveRateRow> rates(
      @QueryParam("year") String year, @QueryParam("unit") String unit) {
    return rates.units(year(year), unit);
  }

  /**
   * The same figures by the least work (unit id: officers, entitled, taken, took all): its floor.
   */
  @GET
  @Path("/rates/floor")
  public Response floor(@QueryParam("year") String year) {
    return Floors.timed(() -> rates.floor(year(year)));
  }

  private int year(String year) {
    return QueryParams.integer("year", year, LocalDate.now(clock).getYear());
  }
}
