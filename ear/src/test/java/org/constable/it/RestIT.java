package org.constable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
      String credentials = ServerLog.policeNumberOf(label) + ":" + AsUser.PASSWORD;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
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
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }

  @Test
  void basicCredentialsOfADemoAccountAnswerWhoItIs() throws Exception {
    var response = get("/api/me", "hr-county", null);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"policeNumber\":\"" + ServerLog.policeNumberOf("hr-county") + "\""));
    assertTrue(response.body().contains("\"HR\""));
  }

  @Test
  void aPermissionTheRoleLacksIs403ProblemInTheCallersLanguage() throws Exception {
    var english = get("/api/policy", "officer", "en");
    assertEquals(403, english.statusCode());
    assertTrue(english.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(english.body().contains("You may not do this"), english.body());
    var chinese = get("/api/policy", "officer", "zh-CN");
    assertTrue(chinese.body().contains("您无权"), chinese.body());
    assertEquals(200, get("/api/policy", "admin", null).statusCode());
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
    assertTrue(response.statusCode() == 404 || response.statusCode() == 302, "" + response.statusCode());
    var anonymous = get("/error/404.xhtml", null, null);
    assertTrue(anonymous.body().contains("页面不存在"), anonymous.body());
    assertTrue(!anonymous.body().contains("Exception"));
  }
}
