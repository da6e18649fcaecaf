package org.constable.it.security;

import static org.constable.it.Pages.expect;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
 * The audit administrator at work in a browser: finds the log-ins of an officer, checks the logs,
 * exports them, and reads the page on a phone; and every other role is refused the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityLogBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void theAuditorFindsAnOfficersLogInsChecksTheLogsAndExportsThem() {
    String officer = ServerLog.policeNumberOf("officer");
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      // something to find: the officer logs in and out by the header's button (a POST)
      browser.logIn(officer, AsUser.PASSWORD);
      browser.driver().findElement(By.id("logout")).click();
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains("/login.xhtml"));

      browser.logIn(ServerLog.policeNumberOf("auditor"), AsUser.PASSWORD);
      assertTrue(browser.has("menuSecurityLog"));
      assertFalse(browser.has("menuOfficers"), "no personnel for the auditor");
      browser.driver().findElement(By.id("menuSecurityLog")).click();
      expect(browser, "安全审计日志");

      Pages.type(browser, "audit:actor", officer);
      browser.choose("audit:type", "注销");
      browser.clickAndWaitForUpdate(By.id("audit:doSearch"), By.id("audit:table"));
      List<String> rows = rows(browser);
      assertFalse(rows.isEmpty());
      assertTrue(
          rows.stream().allMatch(r -> r.contains("注销") && r.contains(officer)), rows.toString());
      assertTrue(rows.get(0).contains("127.0.0.1"), rows.get(0));
      browser.screenshot("security-log");

      browser.clickAndWaitForUpdate(By.id("audit:check"), By.id("audit:table"));
      expect(browser, "日志完整");

      String download = Pages.download(browser, "audit:export");
      assertTrue(download.startsWith("200 application/vnd.openxmlformats"), download);
      assertTrue(
          Long.parseLong(download.substring(download.lastIndexOf(' ') + 1)) > 1000, download);

      // the export is in the log itself, with the selection it was made of
      Pages.type(browser, "audit:actor", ServerLog.policeNumberOf("auditor"));
      browser.choose("audit:type", "导出");
      browser.clickAndWaitForUpdate(By.id("audit:doSearch"), By.id("audit:table"));
      String newest = rows(browser).get(0);
      assertTrue(newest.contains("/audit/security.xhtml") && newest.contains(officer), newest);
    }
  }

  @Test
  void onAPhoneTheLogReadsAsCardsAndAReversedPeriodIsRefused() {
    try (var browser = new Browser(base.toString(), 390, 844)) {
      browser.logIn(ServerLog.policeNumberOf("auditor"), AsUser.PASSWORD);
      browser.open("/audit/security.xhtml");
      expect(browser, "安全审计日志");
      Pages.typeDate(browser, "audit:from_input", java.time.LocalDate.of(2026, 12, 2));
      Pages.typeDate(browser, "audit:to_input", java.time.LocalDate.of(2026, 12, 1));
      browser.driver().findElement(By.id("audit:doSearch")).click();
      expect(browser, "截止日期早于起始日期");
      browser.screenshot("security-log-phone");
    }
  }

  @Test
  void everyOtherRoleIsRefusedThePage() {
    for (String label : List.of("admin", "hr-city", "leader", "officer")) {
      try (var browser = new Browser(base.toString(), 1366, 768)) {
        browser.logIn(ServerLog.policeNumberOf(label), AsUser.PASSWORD);
        assertFalse(browser.has("menuSecurityLog"), label);
        browser.open("/audit/security.xhtml");
        assertTrue(browser.text().contains("无权访问"), label + ": " + browser.text());
      }
    }
  }

  private static List<String> rows(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#audit\\:table tbody tr")).stream()
        .map(e -> e.getText())
        .filter(t -> !t.isBlank())
        .toList();
  }
}
