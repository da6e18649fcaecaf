package org.constable.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The administrators' pages in a real browser: accounts (the system administrator creates, the
 * security administrator grants), the forced password change, policy parameters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {

  /**
   * Civilian staff of the demo force numbered so have no demo account; no other test uses them, and
   * the picker suggests only those still without one.
   */
  private static final String STAFF = "90013";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void theNewAccountPickerSpeaksTheUsersLanguageAndNothingUnpickedIsCreated() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      browser.open("/admin/accounts.xhtml");
      assertFalse(browser.has("accounts:table:0:grant"), "roles are the security administrator's");
      browser.driver().findElement(By.id("accounts:newPoliceNumber_input")).sendKeys("无此人");
      Pages.expect(browser, "没有未开通账号的民警与之相符");
      browser.clickAndWaitForUpdate(By.id("accounts:create"), By.id("accounts"));
      assertEquals("此项为必填项", fieldMessage(browser));

      browser.clickAndWaitForNextPage(By.id("shellForm:langEn"));
      browser.driver().findElement(By.id("accounts:newPoliceNumber_input")).sendKeys("nobody");
      Pages.expect(browser, "No officer without an account matches");
      browser.clickAndWaitForNextPage(By.id("shellForm:langZh"));
    }
  }

  @Test
  void anAccountCreatedByAdminMustChangeItsPasswordAndKeepsItsLanguage() {
    String temporary;
    String newAccount;
    try (var admin = new Browser(base.toString(), 1366, 768)) {
      admin.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      admin.open("/admin/accounts.xhtml");
      newAccount = createAccount(admin, STAFF);
      temporary = admin.waitFor(By.id("issuedPassword")).getText().strip();
      assertEquals(12, temporary.length(), temporary);
      admin.screenshot("accounts-created");
    }
    try (var user = new Browser(base.toString(), 1366, 768)) {
      user.logIn(newAccount, temporary);
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
      user.logIn(newAccount, "a-password-of-my-own");
      assertTrue(user.text().contains("Log out"), "English is remembered: " + user.text());
    }
  }

  @Test
  void resettingAPasswordAndDisablingAskFirstAndNoChangesNothing() {
    try (var admin = new Browser(base.toString(), 1366, 768)) {
      admin.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      admin.open("/admin/accounts.xhtml");
      String account = createAccount(admin, STAFF);
      Pages.type(admin, "accounts:search", account);
      admin.clickAndWaitForUpdate(By.id("accounts:doSearch"), By.id("accounts:table"));

      String first = admin.driver().findElement(By.id("issuedPassword")).getText().strip();
      admin.driver().findElement(By.id("accounts:table:0:resetPassword")).click();
      Pages.confirm(admin, "accounts", false);
      assertFalse(admin.text().contains("已重置警号 " + account), "no reset without a yes");
      assertEquals(first, admin.driver().findElement(By.id("issuedPassword")).getText().strip());
      admin.driver().findElement(By.id("accounts:table:0:resetPassword")).click();
      admin.screenshot("accounts-confirm-reset");
      Pages.confirm(admin, "accounts", true);
      Pages.expect(admin, "已重置警号 " + account + " 的密码");
      String second = admin.waitFor(By.id("issuedPassword")).getText().strip();
      assertTrue(second.length() == 12 && !second.equals(first), second);

      admin.driver().findElement(By.id("accounts:table:0:toggle")).click();
      Pages.confirm(admin, "accounts", true);
      Pages.expect(admin, "账号已停用");
      // enabling again needs no confirmation
      admin.driver().findElement(By.id("accounts:table:0:toggle")).click();
      Pages.expect(admin, "账号已启用");
    }
  }

  @Test
  void theSecurityAdministratorGrantsARoleAndAScopeWithPickers() {
    String newAccount;
    try (var admin = new Browser(base.toString(), 1366, 768)) {
      admin.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      admin.open("/admin/accounts.xhtml");
      newAccount = createAccount(admin, STAFF);
    }
    try (var security = new Browser(base.toString(), 1366, 768)) {
      security.logIn(ServerLog.policeNumberOf("secadmin"), AsUser.PASSWORD);
      security.open("/admin/accounts.xhtml");
      assertFalse(security.has("accounts:create"), "accounts are the system administrator's");
      grantHr(security, newAccount);
      var scope = security.driver().findElement(By.id("accounts:scope_input"));
      scope.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      Pages.pickSuggestion(security, "accounts:scope", "临河区公安分局");
      security.screenshot("accounts-grant");
      security.clickAndWaitForUpdate(By.id("accounts:saveRoles"), By.id("accounts"));
      Pages.expect(security, "已保存");
      String row =
          security.driver().findElement(By.cssSelector("#accounts\\:table tbody tr")).getText();
      assertTrue(row.contains("政工") && row.contains("临河区公安分局"), row);

      // one's own account cannot be granted more
      grantHr(security, ServerLog.policeNumberOf("secadmin"));
      security.clickAndWaitForUpdate(By.id("accounts:saveRoles"), By.id("accounts"));
      Pages.expect(security, "不能修改本人账号的角色或数据范围");
    }
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("secadmin"), AsUser.PASSWORD);
      phone.open("/admin/accounts.xhtml");
      phone.screenshot("accounts-secadmin-phone");
    }
  }

  @Test
  void eachAdministratorChangesItsOwnParametersAndABadValueIsRefused() {
    String security = "会话空闲超时（分钟）";
    String business = "一线警力目标占比（%）";
    try (var admin = new Browser(base.toString(), 1366, 768)) {
      admin.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      admin.open("/admin/policy.xhtml");
      assertTrue(row(admin, security).findElements(By.cssSelector("input")).isEmpty());
      assertTrue(row(admin, security).getText().contains("由安全管理员设置"));
      // each parameter says what it means, and no raw key is shown
      assertTrue(row(admin, business).getText().contains("警力分析据此标注"), admin.text());
      String table = admin.driver().findElement(By.id("policy:table")).getText();
      assertFalse(table.contains("workforce.") || table.contains("security."), table);
      assertFalse(table.contains("true") || table.contains("false"), "switches read 是 / 否");
      String before = valueOf(row(admin, business));
      setParameter(admin, business, "abc");
      assertTrue(admin.waitForText("参数 " + business + " 必须是数字"), admin.text());
      setParameter(admin, business, "101");
      assertTrue(admin.waitForText("参数 " + business + " 必须在"), admin.text());
      setParameter(admin, business, before);
      assertTrue(admin.waitForText("参数 " + business + " 已保存"), admin.text());
    }
    try (var secadmin = new Browser(base.toString(), 1366, 768)) {
      secadmin.logIn(ServerLog.policeNumberOf("secadmin"), AsUser.PASSWORD);
      secadmin.open("/admin/policy.xhtml");
      assertTrue(row(secadmin, business).findElements(By.cssSelector("input")).isEmpty());
      setParameter(secadmin, security, "45");
      assertTrue(secadmin.waitForText("参数 " + security + " 已保存"), secadmin.text());
      secadmin.open("/admin/policy.xhtml");
      assertEquals("45", valueOf(row(secadmin, security)));
      setParameter(secadmin, security, "30");
      assertTrue(secadmin.waitForText("已保存"));
      secadmin.screenshot("policy-secadmin");
    }
  }

  /** Finds the account, opens its grant dialog and ticks HR (政工). */
  private static void grantHr(Browser security, String policeNumber) {
    Pages.type(security, "accounts:search", policeNumber);
    security.clickAndWaitForUpdate(By.id("accounts:doSearch"), By.id("accounts:table"));
    assertFalse(security.has("accounts:table:0:resetPassword"), "passwords are ADMIN's");
    security.driver().findElement(By.id("accounts:table:0:grant")).click();
    security.waitFor(By.id("accounts:selectedRoles"));
    security
        .driver()
        .findElement(By.xpath("//*[@id='accounts:selectedRoles']//label[text()='政工']"))
        .click();
  }

  /** Picks the first officer without an account whose number starts so, and returns its number. */
  private static String createAccount(Browser admin, String numberStart) {
    Pages.pickSuggestion(admin, "accounts:newPoliceNumber", numberStart);
    admin.clickAndWaitForUpdate(By.id("accounts:create"), By.id("accounts"));
    Matcher created = Pattern.compile("已为警号 (\\d{6}) 创建账号").matcher(admin.text());
    assertTrue(created.find(), admin.text());
    return created.group(1);
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

  /** The parameter's row, waited for (the page may still be loading after a log-in). */
  private static WebElement row(Browser browser, String key) {
    try {
      return new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElements(By.cssSelector("#policy\\:table tbody tr")).stream()
                      .filter(r -> r.getText().contains(key))
                      .findFirst()
                      .orElse(null));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("failed-policy-row");
      throw new AssertionError(key + " not on the page:\n" + browser.text(), e);
    }
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
