package org.constable.it.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.constable.it.AsUser;
import org.constable.it.Deployments;
import org.constable.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The enforcement gate as another police system asks it over HTTP: its own standing for an officer,
 * another's refused, an unknown police number and a hand-typed bad date answered as problems; the
 * compliance summary for HR only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualificationRestIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String label) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base.toString() + path.substring(1)))
            .header("Authorization", AsUser.basic(ServerLog.policeNumberOf(label)))
            .header("Accept-Language", "en")
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anOfficerAsksItsOwnStandingAndNoOneElses() throws Exception {
    String own = ServerLog.policeNumberOf("officer");
    var mine =
        get("/api/qualification/officers/" + own + "/may-enforce?date=2026-01-01", "officer");
    assertEquals(200, mine.statusCode(), mine.body());
    assertTrue(mine.body().contains("\"mayEnforce\":"), mine.body());
    assertTrue(mine.body().contains("\"policeNumber\":\"" + own + "\""), mine.body());
    assertTrue(mine.body().contains("\"day\":\"2026-01-01\""), mine.body());

    String colleague = ServerLog.policeNumberOf("leader");
    assertEquals(
        403,
        get("/api/qualification/officers/" + colleague + "/may-enforce", "officer").statusCode());
    assertEquals(
        403,
        get("/api/qualification/officers/" + colleague + "/certificates", "officer").statusCode());
    assertEquals(403, get("/api/qualification/compliance", "officer").statusCode());
  }

  @Test
  void hrAsksForItsScopeAndBadInputIsAProblem() throws Exception {
    String officer = ServerLog.policeNumberOf("officer");
    var standing = get("/api/qualification/officers/" + officer + "/may-enforce", "hr-county");
    assertEquals(200, standing.statusCode(), standing.body());
    var unknown = get("/api/qualification/officers/000000/may-enforce", "hr-county");
    assertEquals(404, unknown.statusCode(), unknown.body());
    var badDay =
        get("/api/qualification/officers/" + officer + "/may-enforce?date=2026-02-30", "hr-county");
    assertEquals(400, badDay.statusCode(), badDay.body());
    assertTrue(badDay.body().contains("2026-02-30"), badDay.body());
    // the city bureau's own officers lie outside the county
    var outside =
        get(
            "/api/qualification/officers/" + ServerLog.policeNumberOf("admin") + "/may-enforce",
            "hr-county");
    assertEquals(404, outside.statusCode(), outside.body());
    var summary = get("/api/qualification/compliance", "hr-county");
    assertEquals(200, summary.statusCode(), summary.body());
    assertTrue(summary.body().contains("\"subjectKind\":\"POLICE\""), summary.body());
  }
}
