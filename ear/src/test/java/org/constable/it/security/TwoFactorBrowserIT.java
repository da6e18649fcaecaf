package org.constable.it.security;

import static org.constable.it.Pages.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.Pages;
import org.constable.it.ServerLog;
import org.constable.security.TotpCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-step sign-in as its users meet it: the administrator requires it of unit leaders on the
 * policy page; the leader is sent to enrol at its next log-in, scans (here: reads) the secret,
 * confirms a code computed as an authenticator app would, keeps its recovery codes; signs in with a
 * code, is refused a wrong and a replayed one, signs in with a recovery code once; and the
 * administrator resets it on the accounts page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorBrowserIT {

  private static final String PARAMETER_NAME = "单位领导登录须两步验证";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final TotpCodes codes = new TotpCodes();

  @Test
  void aLeaderEnrolsSignsInWithACodeIsRefusedAReplayAndIsResetByTheAdministrator() {
    String leader = ServerLog.policeNumberOf("leader");
    setPolicy("true");
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(leader, AsUser.PASSWORD);
      assertTrue(browser.driver().getCurrentUrl().contains("/account/two-factor.xhtml"));
      expect(browser, "扫描下方二维码");
      assertTrue(browser.has("twoFactor:qr"), "the QR code");
      // nothing else opens before the second factor
      browser.open("/index.xhtml");
      assertTrue(browser.driver().getCurrentUrl().contains("/account/two-factor.xhtml"));
      String secret = browser.driver().findElement(By.id("secret")).getText().replace(" ", "");
      browser.screenshot("two-factor-enrol");

      long step = TotpCodes.stepAt(Instant.now());
      Pages.type(browser, "twoFactor:enrolCode", codes.codeFor(secret, step));
      browser.clickAndWaitForUpdate(By.id("twoFactor:confirm"), By.id("twoFactor"));
      List<String> recovery =
          browser.waitFor(By.id("recoveryCodes")).findElements(By.tagName("li")).stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(10, recovery.size(), recovery.toString());
      browser.screenshot("two-factor-recovery-codes");
      browser.clickAndWaitForNextPage(By.id("twoFactor:proceed"));
      assertTrue(browser.driver().getCurrentUrl().endsWith("/index.xhtml"));

      // the next log-in asks for a code; the one of the enrolment's step is spent
      browser.logOut();
      browser.logIn(leader, AsUser.PASSWORD);
      expect(browser, "6 位验证码");
      enter(browser, codes.codeFor(secret, step));
      expect(browser, "验证码不正确或已使用过");
      String next = codes.codeFor(secret, step + 1);
      enter(browser, next);
      assertTrue(browser.driver().getCurrentUrl().endsWith("/index.xhtml"), "signed in");

      // the API does not take the password alone either; a token issued after the code does
      assertEquals(401, api(AsUser.basic(leader)).statusCode());
      browser.open("/account/tokens.xhtml");
      Pages.type(browser, "tokens:name", "two-factor test");
      browser.clickAndWaitForUpdate(By.id("tokens:issue"), By.id("tokens"));
      String token = browser.waitFor(By.id("issuedToken")).getText().strip();
      assertEquals(200, api("Bearer " + token).statusCode());

      // a code is good once: replayed at the next log-in, it is refused; a recovery code works
      browser.logOut();
      browser.logIn(leader, AsUser.PASSWORD);
      enter(browser, next);
      expect(browser, "验证码不正确或已使用过");
      enter(browser, recovery.get(0));
      assertTrue(browser.driver().getCurrentUrl().endsWith("/index.xhtml"), "signed in");
      browser.logOut();
      browser.logIn(leader, AsUser.PASSWORD);
      enter(browser, recovery.get(0));
      expect(browser, "验证码不正确或已使用过");
      browser.screenshot("two-factor-refused");
      browser.logOut();
    } finally {
      resetAndRelax(leader);
    }
    // reset and no longer required: the password alone signs in again
    try (var browser = new Browser(base.toString(), 390, 844)) {
      browser.logIn(leader, AsUser.PASSWORD);
      assertTrue(browser.driver().getCurrentUrl().endsWith("/index.xhtml"));
      browser.open("/account/two-factor.xhtml");
      expect(browser, "启用两步验证");
      browser.screenshot("two-factor-optional-phone");
    }
  }

  private java.net.http.HttpResponse<String> api(String authorization) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/me"))
                  .header("Authorization", authorization)
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void enter(Browser browser, String code) {
    Pages.type(browser, "twoFactor:verifyCode", code);
    browser.clickAndWaitForNextPage(By.id("twoFactor:verify"));
  }

  /** The security administrator resets the leader's second factor and stops requiring it. */
  private void resetAndRelax(String leader) {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("secadmin"), AsUser.PASSWORD);
      browser.open("/admin/accounts.xhtml");
      Pages.type(browser, "accounts:search", leader);
      browser.clickAndWaitForUpdate(By.id("accounts:doSearch"), By.id("accounts:table"));
      var reset = By.cssSelector("[id$=':resetTwoFactor']");
      if (!browser.driver().findElements(reset).isEmpty()) {
        browser.driver().findElement(reset).click();
        Pages.confirm(browser, "accounts", true);
        expect(browser, "已重置 " + leader + " 的两步验证");
      }
      browser.logOut();
    }
    setPolicy("false");
  }

  private void setPolicy(String value) {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("secadmin"), AsUser.PASSWORD);
      browser.open("/admin/policy.xhtml");
      List<WebElement> rows =
          browser.driver().findElements(By.cssSelector("#policy\\:table tbody tr"));
      int index = -1;
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).getText().contains(PARAMETER_NAME)) {
          index = i;
        }
      }
      if (index < 0) {
        browser.screenshot("failed-policy");
      }
      assertTrue(index >= 0, "the parameter on the policy page: " + browser.text());
      // a switch is chosen as 是 / 否, never typed as true / false
      String label = Boolean.parseBoolean(value) ? "是" : "否";
      rows.get(index)
          .findElement(
              By.xpath(".//div[contains(@class,'ui-button')][normalize-space()='" + label + "']"))
          .click();
      browser.driver().findElement(By.id("policy:table:" + index + ":save")).click();
      expect(browser, "参数 " + PARAMETER_NAME + " 已保存");
      browser.logOut();
    }
  }
}
