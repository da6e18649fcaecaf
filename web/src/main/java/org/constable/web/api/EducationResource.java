package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.constable.education.ClaimRow;
import org.constable.education.ClaimState;
import org.constable.education.Claims;
import org.constable.education.GradeGates;
import org.constable.platform.BusinessException;

/**
 * Education, scoped as the pages: an officer's tuition claims, the grade gate other systems ask
 * ("may this officer be given this grade?"), the claims of the caller's scope by state.
 */
@Path("/education")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EducationResource {

  private static final int LARGEST_PAGE = 200;

  @Inject private Claims claims;
  @Inject private GradeGates gates;

  @GET
  @Path("/officers/{policeNumber}/claims")
  public List<ClaimRow> claims(@PathParam("policeNumber") String policeNumber) {
    return claims.ofPoliceNumber(policeNumber);
  }

  /** {@code grade} defaults to 副科级, the gate itself. */
  @GET
  @Path("/officers/{policeNumber}/grade-gate")
  public Map<String, Object> gradeGate(
      @PathParam("policeNumber") String policeNumber, @QueryParam("grade") String grade) {
    String code = grade == null || grade.isBlank() ? "FKJ" : grade.strip();
    return Map.of("grade", code, "allowed", gates.allowsFor(policeNumber, code));
  }

  @GET
  @Path("/claims")
  public List<ClaimRow> desk(
      @QueryParam("state") String state,
      @QueryParam("first") Integer first,
      @QueryParam("size") Integer size) {
    ClaimState wanted;
    try {
      wanted = state == null || state.isBlank() ? null : ClaimState.valueOf(state.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("education.api.badState", state);
    }
    int pageSize = size == null ? 50 : Math.max(1, Math.min(size, LARGEST_PAGE));
    return claims.desk(wanted, first == null ? 0 : Math.max(0, first), pageSize);
  }
}
