package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.constable.security.CurrentUser;

/** Who the credentials belong to: a first call for any integration. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private CurrentUser currentUser;

  /** The caller's account. */
  public record Me(
      long officerId,
      String policeNumber,
      String name,
      List<String> roles,
      List<String> permissions) {}

  @GET
  public Me me() {
    var p = currentUser.require();
    return new Me(
        p.officerId(),
        p.policeNumber(),
        p.name(),
        p.roles().stream().map(Enum::name).sorted().toList(),
        p.permissions().stream().sorted().toList());
  }
}
