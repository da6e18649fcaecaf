package org.constable.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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

/** The REST API and the HTTP surface: Basic log-in, problems, security headers, error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String label, String language) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base.toString() + path.substring(1))).GET();
    if (label != null) {
      request.header("Authorization", AsUser.basic(ServerLog.policeNumberOf(label)));
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutCredentialsTheApiAnswers401AsAProblem() throws Exception {
    var response = get("/api/me", null, null);
    assertEquals(401, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.startsWith("Basic realm="), challenge);
  }

  @Test
  void basicCredentialsOfADemoAccountAnswerWhoItIs() throws Exception {
    var response = get("/api/me", "hr-county", null);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response
            .body()
            .contains("\"policeNumber\":\"" + ServerLog.policeNumberOf("hr-county") + "\""));
    assertTrue(response.body().contains("\"HR\""));
  }

  @Test
  void aPermissionTheRoleLacksIs403ProblemInTheCallersLanguage() throws Exception {
    var english = get("/api/policy", "officer", "en");
    assertEquals(403, english.statusCode());
    assertTrue(
        english
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(english.body().contains("You may not do this"), english.body());
    var chinese = get("/api/policy", "officer", "zh-CN");
    assertTrue(chinese.body().contains("您无权"), chinese.body());
    assertEquals(200, get("/api/policy", "admin", null).statusCode());
  }

  @Test
  void theOpenApiDescriptionListsTheResources() throws Exception {
    var openapi =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base.getProtocol() + "://" + base.getAuthority() + "/openapi"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/officers"), openapi.body());
    assertTrue(openapi.body().contains("/api/me"), openapi.body());
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    var response = get("/login.xhtml", null, null);
    assertEquals(200, response.statusCode());
    var headers = response.headers();
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
    assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""));
    var policies = String.join(" | ", headers.allValues("Content-Security-Policy"));
    assertTrue(policies.contains("frame-ancestors 'none'"), policies);
    assertTrue(policies.contains("nonce-"), "PrimeFaces' script nonce: " + policies);
  }

  @Test
  void anUnknownPageIsA404PageWithoutAStackTrace() throws Exception {
    var response = get("/no-such-page.xhtml", "officer", null);
    // a page (not the API) needs a session log-in; Basic is not for pages
    assertEquals(302, response.statusCode(), "a page needs a session log-in, not Basic");
    var anonymous = get("/error/404.xhtml", null, null);
    assertTrue(anonymous.body().contains("页面不存在"), anonymous.body());
    assertFalse(anonymous.body().contains("\tat "), "no stack trace");
    assertFalse(anonymous.body().contains("java.lang."), "no exception class");
  }

  @Test
  void countyHrGetsOnlyItsCountyOfficersAndAnotherCountysOfficerIsAsIfAbsent() throws Exception {
    Set<String> countyUnits = new HashSet<>();
    String otherCounty = null;
    for (String unit : all("/api/units", "hr-county")) {
      countyUnits.add(field(unit, "id"));
    }
    for (String unit : all("/api/units", "hr-city")) {
      if (otherCounty == null
          && "COUNTY_BUREAU".equals(field(unit, "kind"))
          && !countyUnits.contains(field(unit, "id"))) {
        otherCounty = field(unit, "id");
      }
    }
    var strangers = get("/api/officers?size=1&unit=" + otherCounty, "hr-city", null);
    assertEquals(200, strangers.statusCode(), strangers.body());
    String stranger = field(items(strangers.body()).get(0), "id");

    var refused = get("/api/officers/" + stranger, "hr-county", "en");
    // answered exactly as an id that does not exist: the id tells nothing
    assertEquals(404, refused.statusCode(), refused.body());
    var madeUp = get("/api/officers/999999999", "hr-county", "en");
    assertEquals(404, madeUp.statusCode(), madeUp.body());
    assertEquals(madeUp.body(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertFalse(refused.body().contains(stranger), refused.body());
    assertEquals(404, get("/api/officers?unit=" + otherCounty, "hr-county", null).statusCode());
    assertEquals(200, get("/api/officers/" + stranger, "hr-city", null).statusCode());

    List<String> officers = all("/api/officers", "hr-county");
    assertFalse(officers.isEmpty());
    for (String officer : officers) {
      assertTrue(countyUnits.contains(field(officer, "unitId")), officer);
    }
    long cityTotal = total(get("/api/officers?size=1", "hr-city", null).body());
    assertTrue(officers.size() < cityTotal, officers.size() + " of " + cityTotal);
  }

  /** Every item of a paged list, fetched 200 at a time. */
  private List<String> all(String path, String label) throws Exception {
    var items = new ArrayList<String>();
    long total = Long.MAX_VALUE;
    for (int first = 0; first < total; first += 200) {
      var response = get(path + "?size=200&first=" + first, label, null);
      assertEquals(200, response.statusCode(), response.body());
      total = total(response.body());
      items.addAll(items(response.body()));
    }
    assertEquals(total, items.size());
    return items;
  }

  // The items are flat JSON objects, and no JSON library is on the client's class path.
  private static List<String> items(String page) {
    String array = page.substring(page.indexOf("\"items\":["));
    array = array.substring(0, array.indexOf(']'));
    return Pattern.compile("\\{[^{}]*\\}").matcher(array).results().map(m -> m.group()).toList();
  }

  private static long total(String page) {
    return Long.parseLong(field(page, "total"));
  }

  private static String field(String json, String name) {
    var matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
    assertTrue(matcher.find(), name + " in " + json);
    return matcher.group(1);
  }
}
