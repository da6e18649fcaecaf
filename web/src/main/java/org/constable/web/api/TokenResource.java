package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.constable.security.ApiTokenView;
import org.constable.security.ApiTokens;

/**
 * The caller's own API tokens: issue one (the answer is the only time its text is shown), list
 * them, revoke one. A client then sends {@code Authorization: Bearer <token>}.
 */
@Path("/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

  @Inject private ApiTokens tokens;

  /** What a client asks for: a name, write access or not, days of validity (1 to 366). */
  public record Request(String name, boolean write, int days) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issue(Request request) {
    var issued =
        tokens.issue(
            request == null ? null : request.name(),
            request != null && request.write(),
            request == null ? 0 : request.days());
    return Response.status(Response.Status.CREATED).entity(issued).build();
  }

  @GET
  public List<ApiTokenView> mine() {
    return tokens.mine();
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}
