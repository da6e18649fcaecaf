package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.Pages;
import org.constable.it.ServerLog;
import org.constable.it.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** County HR creates an officer through the form, then edits it, and sees the history. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficerEditBrowserIT {

  /** 临河区公安分局 in the demo force: region code and 000000. */
  private static final String COUNTY_BUREAU_NAME = "临河区公安分局";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void aBadIdNumberIsShownAtItsFieldThenTheRecordIsSavedEditedAndHistorised() {
    String policeNumber = String.valueOf(Unique.policeNumbers(base, 1));
    String id = Unique.idNumber(Integer.parseInt(policeNumber));
    char last = id.charAt(17);
    String wrongCheckDigit = id.substring(0, 17) + (last == '1' ? '2' : '1');
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      browser.open("/personnel/officer-edit.xhtml");
      type(browser, "policeNumber", policeNumber);
      type(browser, "name", "李新");
      type(browser, "idNumber", wrongCheckDigit);
      Pages.pickSuggestion(browser, "edit:unitCode", COUNTY_BUREAU_NAME);
      type(browser, "firstEmploymentDate", "2019-07-01");
      type(browser, "policeJoinDate", "2019-07-01");
      browser.clickAndWaitForNextPage(By.id("edit:save"));
      assertTrue(browser.text().contains("身份证号码校验位不正确"), browser.text());
      browser.screenshot("officer-edit-bad-id");

      type(browser, "idNumber", id);
      browser.clickAndWaitForNextPage(By.id("edit:save"));
      assertTrue(browser.driver().getCurrentUrl().contains("/personnel/officer.xhtml?id="));
      assertEquals(policeNumber, browser.driver().findElement(By.id("policeNumber")).getText());

      browser.clickAndWaitForNextPage(By.id("officer:editOfficer"));
      // the form carries the mask, not the number, until HR asks for it (audited)
      var idField = By.id("edit:idNumber");
      assertEquals(
          id.substring(0, 2) + "*".repeat(16),
          browser.driver().findElement(idField).getDomProperty("value"));
      assertFalse(browser.driver().getPageSource().contains(id), "the whole number in the page");
      browser.driver().findElement(By.id("edit:revealIdNumber")).click();
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(30))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> id.equals(d.findElement(idField).getDomProperty("value")));
      browser.screenshot("officer-edit-revealed");
      new Select(browser.driver().findElement(By.id("edit:postCode_input"))).selectByValue("BAMJ");
      browser.clickAndWaitForNextPage(By.id("edit:save"));
      assertEquals(1, browser.text().split("人员信息已保存", -1).length - 1, "said once");
      browser.driver().findElement(By.linkText("变动记录")).click();
      String history = browser.waitFor(By.id("officer:tabs:historyTable")).getText();
      // names, never codes: the post by its name, the recorder by name
      assertTrue(history.contains("岗位") && history.contains("办案民警"), history);
      assertFalse(history.contains("BAMJ"), history);
      assertTrue(history.contains("(" + ServerLog.policeNumberOf("hr-county") + ")"), history);
      browser.screenshot("officer-history");
    }
  }

  @Test
  void aHandEditedUrlToAnotherCountysOfficerAnswersAsAMadeUpOne() throws Exception {
    String otherCountyUnit = firstId(api("/api/units?q=150821000000&size=1"));
    String stranger = firstId(api("/api/officers?size=1&unit=" + otherCountyUnit));
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      browser.open("/personnel/officer.xhtml?id=" + stranger);
      assertTrue(browser.text().contains("页面不存在"), browser.text());
      browser.open("/personnel/officer-edit.xhtml?id=" + stranger);
      assertTrue(browser.text().contains("页面不存在"), browser.text());
      browser.open("/personnel/officer.xhtml?id=999999999");
      assertTrue(browser.text().contains("页面不存在"), browser.text());
    }
  }

  /** A GET as hr-city, who sees the whole force, to find ids the way an integration would. */
  private String api(String path) throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base.toString() + path.substring(1)))
            .header("Authorization", AsUser.basic(ServerLog.policeNumberOf("hr-city")))
            .build();
    return java.net.http.HttpClient.newHttpClient()
        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String firstId(String json) {
    var matcher = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
    assertTrue(matcher.find(), json);
    return matcher.group(1);
  }

  private static void type(Browser browser, String field, String value) {
    var input = browser.driver().findElement(By.id("edit:" + field));
    input.clear();
    input.sendKeys(value);
  }
}
