package org.constable.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server answers over HTTP to what a browser would not send: malformed credentials, a
 * page's session cookie sent to the API, a log-out by GET; and the security headers of an error
 * page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHttpIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @ParameterizedTest(name = "Authorization: {0}")
  @ValueSource(
      strings = {"Basic !!!not-base64!!!", "Basic", "Basic    ", "Basic 6Zeu", "Bearer abc"})
  void aMalformedAuthorizationHeaderIs401AsAProblem(String header) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(uri("api/me")).header("Authorization", header).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
        response.headers().toString());
  }

  @Test
  void thePagesSessionCookieIsNoLogInForTheApi() throws Exception {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
      var response =
          http.send(
              HttpRequest.newBuilder(uri("api/me"))
                  .header("Cookie", "JSESSIONID=" + session)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(401, response.statusCode(), response.body());

      // and a log-out by GET (a link or an image on some page) does not end the session
      browser.open("/logout");
      browser.open("/index.xhtml");
      assertFalse(browser.driver().getCurrentUrl().contains("login.xhtml"));
      assertTrue(browser.text().contains(ServerLog.policeNumberOf("hr-city")));
      browser.logOut();
      browser.open("/index.xhtml");
      assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "api/workforce?asOf=9999-12-31",
        "api/workforce?asOf=0001-01-01",
        "api/workforce?asOf=2026-02-30",
        "api/workforce?unit=abc",
        "api/qualification/compliance?date=yesterday",
        "api/training/sessions/1/attendance?day=tomorrow",
      })
  void aBadDateOrNumberInTheQueryIs400InTheUsersLanguage(String path) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", AsUser.basic(ServerLog.policeNumberOf("hr-city")))
                .header("Accept-Language", "zh-CN")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("参数"), response.body());
  }

  @Test
  void aHandEditedUnitOrDateOnAPageIsAMessageOrA404NotAFrameworkError() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open("/reporting/workforce.xhtml?unit=abc");
      assertTrue(
          browser.text().contains("页面不存在") || browser.text().contains("找不到"), browser.text());
      assertFalse(browser.text().contains("j_id"), browser.text());
      browser.open("/reporting/workforce.xhtml?asOf=9999-12-31");
      assertTrue(browser.text().contains("9999-12-31"), browser.text());
      assertFalse(browser.text().contains("系统错误"), browser.text());
    }
  }

  @Test
  void anErrorPageCarriesTheSecurityHeaders() throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(uri("resources/no-such-file.css")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, response.statusCode());
    var headers = response.headers();
    assertTrue(headers.firstValue("Content-Security-Policy").isPresent(), headers.toString());
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void overHttpsTheSessionCookieIsSecureAndTheBrowserIsToldToStay() throws Exception {
    // the same server on its HTTPS port (8443 beside 8080, shifted by the same offset), with the
    // self-signed certificate it generated: trusted here for this one request
    int port = base.getPort() - 8080 + 8443;
    var trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
    trustAll.init(
        null,
        new javax.net.ssl.TrustManager[] {
          new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {}

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {}

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
              return new java.security.cert.X509Certificate[0];
            }
          }
        },
        null);
    // the certificate is for "localhost", which is how the request names the server
    var https = HttpClient.newBuilder().sslContext(trustAll).build();
    var response =
        https.send(
            HttpRequest.newBuilder(
                    URI.create("https://localhost:" + port + base.getPath() + "login.xhtml"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age"),
        response.headers().toString());
    String cookie = response.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(
        cookie.contains("JSESSIONID")
            && cookie.toLowerCase(java.util.Locale.ROOT).contains("secure"),
        cookie);

    var plain =
        http.send(
            HttpRequest.newBuilder(uri("login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS on HTTP");
  }

  private URI uri(String path) {
    return URI.create(base.toString() + path);
  }
}
