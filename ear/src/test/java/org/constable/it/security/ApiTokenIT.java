package org.constable.it.security;

import static org.constable.it.Pages.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.Pages;
import org.constable.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Personal API tokens as an integration uses them: issued on the page (shown once) or by REST, sent
 * as a Bearer token, read-only ones refused a write, revoked ones and made-up ones refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aTokenIssuedOnThePageReadsAsItsOwnerUntilItIsRevoked() throws Exception {
    String owner = ServerLog.policeNumberOf("officer");
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(owner, AsUser.PASSWORD);
      browser.driver().findElement(By.id("menuTokens")).click();
      expect(browser, "接口令牌");
      Pages.type(browser, "tokens:name", "考勤机");
      browser.clickAndWaitForUpdate(By.id("tokens:issue"), By.id("tokens"));
      String token = browser.waitFor(By.id("issuedToken")).getText().strip();
      assertTrue(token.startsWith("cst_") && token.length() > 40, token);
      browser.screenshot("api-token-issued");

      var me = bearer("GET", "api/me", token, null);
      assertEquals(200, me.statusCode(), me.body());
      assertTrue(me.body().contains("\"policeNumber\":\"" + owner + "\""), me.body());
      // read only: no write, not even issuing another token
      var write = bearer("POST", "api/tokens", token, "{\"name\": \"x\", \"days\": 1}");
      assertEquals(403, write.statusCode(), write.body());

      browser.open("/account/tokens.xhtml");
      assertTrue(browser.text().contains("考勤机") && browser.text().contains("只读"), browser.text());
      assertTrue(!browser.text().contains(token), "the token is shown once only");
      browser.driver().findElement(By.cssSelector("[id$=':revoke']")).click();
      expect(browser, "令牌“考勤机”已吊销");
      assertEquals(401, bearer("GET", "api/me", token, null).statusCode());
    }
  }

  @Test
  void aWriteTokenIssuedByRestWritesAndAMadeUpOneIsRefused() throws Exception {
    var issued =
        basic(
            "POST", "api/tokens", "hr-county", "{\"name\": \"接口\", \"write\": true, \"days\": 30}");
    assertEquals(201, issued.statusCode(), issued.body());
    var matcher = Pattern.compile("\"token\":\"(cst_[^\"]+)\"").matcher(issued.body());
    assertTrue(matcher.find(), issued.body());
    String token = matcher.group(1);
    var another = bearer("POST", "api/tokens", token, "{\"name\": \"second\", \"days\": 1}");
    assertEquals(201, another.statusCode(), another.body());

    var bad = basic("POST", "api/tokens", "hr-county", "{\"name\": \"\", \"days\": 400}");
    assertEquals(400, bad.statusCode(), bad.body());

    assertEquals(401, bearer("GET", "api/me", "cst_" + "A".repeat(43), null).statusCode());
    assertEquals(401, bearer("GET", "api/me", "not-a-token", null).statusCode());
  }

  private HttpResponse<String> bearer(String method, String path, String token, String json)
      throws Exception {
    return send(method, path, "Bearer " + token, json);
  }

  private HttpResponse<String> basic(String method, String path, String label, String json)
      throws Exception {
    return send(method, path, AsUser.basic(ServerLog.policeNumberOf(label)), json);
  }

  private HttpResponse<String> send(String method, String path, String authorization, String json)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base.toString() + path))
            .header("Authorization", authorization)
            .header("Accept-Language", "zh-CN");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
