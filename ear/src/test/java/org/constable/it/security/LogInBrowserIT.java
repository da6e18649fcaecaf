package org.constable.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** What a person sees in a real browser: log-in per role, menus, refusals, the lock. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogInBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @ParameterizedTest(name = "{0} sees its menu")
  @CsvSource({
    // label,    accounts and policy menu, role name shown
    "admin,     true,  系统管理员",
    "hr-city,   false, 政工",
    "hr-county, false, 政工",
    "trainer,   false, 教官",
    "leader,    false, 单位领导",
    "officer,   false, 民警",
    "auditor,   false, 安全审计员",
    "secadmin,  true,  安全管理员",
  })
  void eachDemoRoleLogsInAndSeesOnlyItsMenu(String label, boolean admin, String roleName) {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf(label), AsUser.PASSWORD);
      assertTrue(
          browser.driver().getCurrentUrl().endsWith("/index.xhtml"),
          browser.driver().getCurrentUrl());
      assertTrue(browser.text().contains(ServerLog.policeNumberOf(label)));
      assertTrue(browser.has("shell-user"));
      assertTrue(browser.driver().findElement(By.id("shell-user")).getText().contains(roleName));
      assertEquals(admin, browser.has("menuAccounts"), "accounts menu");
      assertEquals(admin, browser.has("menuPolicy"), "policy menu");
      assertTrue(browser.has("menuPassword"));
      browser.screenshot("home-" + label);
    }
  }

  @Test
  void aWrongPasswordIsRefusedInTheUsersLanguage() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("officer"), "not-the-password");
      assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
      assertTrue(browser.text().contains("警号或密码不正确"), browser.text());

      browser.clickAndWaitForNextPage(By.id("lang:langEn"));
      browser.logIn(ServerLog.policeNumberOf("officer"), "still-not-it");
      assertTrue(browser.text().contains("Wrong police number or password"), browser.text());
    }
  }

  @Test
  void fiveFailuresShowTheLockedMessageWithoutSayingWhetherTheNumberExists() {
    String nobody = "x" + UUID.randomUUID().toString().substring(0, 8);
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      for (int i = 1; i <= 4; i++) {
        browser.logIn(nobody, "wrong");
        assertTrue(browser.text().contains("警号或密码不正确"));
      }
      browser.logIn(nobody, "wrong");
      assertTrue(browser.text().contains("账号已锁定"), browser.text());
      browser.screenshot("locked");
    }
  }

  @Test
  void aPageTheRoleMayNotSeeAnswers403InItsLanguageAndLogOutEndsTheSession() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      browser.open("/admin/accounts.xhtml");
      assertTrue(browser.text().contains("无权访问"), browser.text());
      assertFalse(browser.has("accounts:table"));

      browser.logOut();
      browser.open("/index.xhtml");
      assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
    }
  }

  @Test
  void aProtectedPageLeadsToLogInAndBackAndTheSessionIdChanges() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.open("/admin/policy.xhtml");
      assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
      String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
      browser.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/policy.xhtml"));
      String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
      assertFalse(before.equals(after), "session id must change at log-in");
      List<String> rows =
          browser.driver().findElements(By.cssSelector("#policy\\:table tbody tr")).stream()
              .map(e -> e.getText())
              .toList();
      assertTrue(rows.stream().anyMatch(r -> r.contains("锁定前允许的登录失败次数")), rows.toString());
    }
  }

  @Test
  void onAPhoneTheShellFoldsTheMenuAndStacksItAboveTheContentWhenOpened() {
    try (var browser = new Browser(base.toString(), 390, 844)) {
      browser.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      browser.screenshot("phone-officer");
      var navElement = browser.driver().findElement(By.id("shell-nav"));
      var main = browser.driver().findElement(By.cssSelector(".shell-main")).getRect();
      assertFalse(navElement.isDisplayed(), "the menu is folded behind its button");
      assertTrue(main.getY() < 200 && main.getWidth() <= 390, "content first: " + main);
      browser.driver().findElement(By.id("menuToggleForm:menuToggle")).click();
      browser.waitFor(By.id("shell-nav"));
      var nav = navElement.getRect();
      main = browser.driver().findElement(By.cssSelector(".shell-main")).getRect();
      String layout =
          "nav "
              + nav.getX()
              + ","
              + nav.getY()
              + " "
              + nav.getDimension()
              + ", main "
              + main.getX()
              + ","
              + main.getY()
              + " "
              + main.getDimension();
      assertTrue(
          main.getY() + 2 >= nav.getY() + nav.getHeight(), "content below the menu: " + layout);
      assertTrue(main.getWidth() <= 390, layout);
    }
  }
}
