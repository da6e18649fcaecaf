package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.constable.qualification.CertificateRow;
import org.constable.qualification.Certificates;
import org.constable.qualification.ComplianceLine;
import org.constable.qualification.ComplianceReport;
import org.constable.qualification.EnforcementGate;
import org.constable.qualification.EnforcementStanding;

/**
 * Certificates, scoped as the pages: the enforcement gate that duty rosters and case systems ask
 * ("may this officer do enforcement on this day?"), an officer's certificates, the compliance
 * summary of the caller's scope.
 */
@Path("/qualification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QualificationResource {

  @Inject private EnforcementGate gate;
  @Inject private Certificates certificates;
  @Inject private ComplianceReport compliance;
  @Inject private Clock clock;

  /** {@code date} defaults to today. */
  @GET
  @Path("/officers/{policeNumber}/may-enforce")
  public EnforcementStanding mayEnforce(
      @PathParam("policeNumber") String policeNumber, @QueryParam("date") String date) {
    return gate.mayEnforce(policeNumber, day(date));
  }

  @GET
  @Path("/officers/{policeNumber}/certificates")
  public List<CertificateRow> certificates(@PathParam("policeNumber") String policeNumber) {
    return certificates.of(gate.mayEnforce(policeNumber, LocalDate.now(clock)).officerId());
  }

  @GET
  @Path("/compliance")
  public List<ComplianceLine> compliance(@QueryParam("date") String date) {
    return compliance.summary(day(date));
  }

  /** The summary's figures by the least work (requirement id: subjects, holders): its floor. */
  @GET
  @Path("/compliance/floor")
  public jakarta.ws.rs.core.Response complianceFloor(@QueryParam("date") String date) {
    return Floors.timed(() -> compliance.bareFigures(day(date)));
  }

  private LocalDate day(String value) {
    return QueryParams.date("date", value, LocalDate.now(clock));
  }
}
