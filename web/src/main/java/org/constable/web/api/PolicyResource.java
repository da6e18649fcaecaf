package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.constable.policy.PolicyService;

/** The policy parameters, for ADMIN (read-only here; edits go through the page). */
@Path("/policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

  @Inject private PolicyService policy;

  /** One parameter. */
  public record Parameter(String key, String value, String defaultValue) {}

  @GET
  public List<Parameter> all() {
    return policy.all().stream()
        .map(p -> new Parameter(p.getKey(), p.getValue(), p.getDefaultValue()))
        .toList();
  }
}
