package org.constable.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** ADMIN's pages in a real browser: accounts, the forced password change, policy parameters. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {

  /**
   * Civilian staff of the demo force from here on have no demo account; no other test uses them.
   */
  private static final int FIRST_STAFF = 900_123;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void aMalformedPoliceNumberIsRefusedAtTheFieldInTheUsersLanguage() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      browser.open("/admin/accounts.xhtml");
      submitNewAccount(browser, "12ab");
      assertEquals("警号应为 6 位数字", fieldMessage(browser));

      browser.clickAndWaitForNextPage(By.id("shellForm:langEn"));
      submitNewAccount(browser, "12ab");
      assertEquals("A police number has exactly 6 digits", fieldMessage(browser));
      browser.clickAndWaitForNextPage(By.id("shellForm:langZh"));
    }
  }

  @Test
  void anAccountCreatedByAdminMustChangeItsPasswordAndKeepsItsLanguage() {
    String temporary;
    int newAccount;
    try (var admin = new Browser(base.toString(), 1366, 768)) {
      admin.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      admin.open("/admin/accounts.xhtml");
      // an earlier run on this database may have given the first ones an account
      newAccount = FIRST_STAFF;
      submitNewAccount(admin, String.valueOf(newAccount));
      while (admin.text().contains("警号 " + newAccount + " 已有账号")) {
        submitNewAccount(admin, String.valueOf(++newAccount));
      }
      temporary = admin.waitFor(By.id("issuedPassword")).getText().strip();
      assertEquals(12, temporary.length(), temporary);
      admin.screenshot("accounts-created");
    }
    try (var user = new Browser(base.toString(), 1366, 768)) {
      user.logIn(String.valueOf(newAccount), temporary);
      assertTrue(user.driver().getCurrentUrl().endsWith("/account/password.xhtml"));
      user.open("/index.xhtml");
      assertTrue(
          user.driver().getCurrentUrl().endsWith("/account/password.xhtml"), "nothing else first");

      changePassword(user, temporary, "short", "short");
      assertTrue(user.text().contains("新密码至少需要 10 个字符"), user.text());
      changePassword(user, temporary, "a-password-of-my-own", "a-password-of-my-own");
      user.screenshot("password-changed");
      assertTrue(
          user.driver().getCurrentUrl().endsWith("/index.xhtml"), user.driver().getCurrentUrl());

      user.clickAndWaitForNextPage(By.id("shellForm:langEn"));
      user.logOut();
      user.logIn(String.valueOf(newAccount), "a-password-of-my-own");
      assertTrue(user.text().contains("Log out"), "English is remembered: " + user.text());
    }
  }

  @Test
  void adminChangesAPolicyParameterAndABadValueIsRefused() {
    try (var admin = new Browser(base.toString(), 1366, 768)) {
      admin.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      admin.open("/admin/policy.xhtml");
      setParameter(admin, "security.session.idleMinutes", "abc");
      assertTrue(admin.waitForText("参数 security.session.idleMinutes 必须是数字"), admin.text());
      setParameter(admin, "security.session.idleMinutes", "45");
      assertTrue(admin.waitForText("参数 security.session.idleMinutes 已保存"), admin.text());
      admin.open("/admin/policy.xhtml");
      assertEquals("45", valueOf(row(admin, "security.session.idleMinutes")));
      setParameter(admin, "security.session.idleMinutes", "30");
      assertTrue(admin.waitForText("已保存"));
    }
  }

  private static void submitNewAccount(Browser browser, String policeNumber) {
    var field = browser.driver().findElement(By.id("accounts:newPoliceNumber"));
    field.clear();
    field.sendKeys(policeNumber);
    browser.clickAndWaitForUpdate(By.id("accounts:create"), By.id("accounts"));
  }

  private static String fieldMessage(Browser browser) {
    return browser
        .waitFor(By.cssSelector("#accounts\\:newPoliceNumberMessage .ui-message-error-detail"))
        .getText()
        .strip();
  }

  private static void changePassword(Browser browser, String current, String next, String repeat) {
    browser.driver().findElement(By.id("password:current")).sendKeys(current);
    browser.driver().findElement(By.id("password:new")).sendKeys(next);
    browser.driver().findElement(By.id("password:repeat")).sendKeys(repeat);
    browser.clickAndWaitForNextPage(By.id("password:save"));
  }

  private static WebElement row(Browser browser, String key) {
    return browser.driver().findElements(By.cssSelector("#policy\\:table tbody tr")).stream()
        .filter(r -> r.getText().contains(key))
        .findFirst()
        .orElseThrow();
  }

  private static String valueOf(WebElement row) {
    return row.findElement(By.cssSelector("input")).getAttribute("value");
  }

  private static void setParameter(Browser browser, String key, String value) {
    var input = row(browser, key).findElement(By.cssSelector("input"));
    input.clear();
    input.sendKeys(value);
    row(browser, key).findElement(By.cssSelector("button")).click();
  }
}
