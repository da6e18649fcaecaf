package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.constable.personnel.OfficerDetails;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerRow;

/** Officers within the caller's scope, read-only; the list's parameters: {@link OfficerQuery}. */
@Path("/officers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficerResource {

  @Inject private OfficerDirectory officers;

  @GET
  public Page<OfficerRow> list(@BeanParam OfficerQuery query) {
    var page = officers.countedPage(query.filter(), query.sort(), query.first(), query.size());
    return new Page<>(page.total(), page.rows());
  }

  /** The same page by the least work, timed (see {@link Floors}): the total and police numbers. */
  @GET
  @Path("/floor")
  public Response floor(@BeanParam OfficerQuery query) {
    OfficerFilter filter = query.filter();
    return Floors.timed(() -> officers.floor(filter, query.sort(), query.first(), query.size()));
  }

  @GET
  @Path("{id}")
  public OfficerDetails one(@PathParam("id") long id) {
    return officers.find(id);
  }
}
