package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.UnitRow;

/** The org units within the caller's scope, in code order, read-only. */
@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

  @Inject private OrgUnitDirectory units;

  @GET
  public Page<UnitRow> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("q") String text) {
    return new Page<>(
        units.count(text),
        units.search(text, first, Math.min(size, OfficerDirectory.MAX_PAGE_SIZE)));
  }
}
