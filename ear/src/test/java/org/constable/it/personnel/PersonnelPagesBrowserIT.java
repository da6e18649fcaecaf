package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** The unit tree, the recruit list and the reference lists, as their users reach them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonnelPagesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void hrSeesTheUnitTreeAndSelectingAUnitOffersItsChanges() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      browser.open("/personnel/units.xhtml");
      assertTrue(browser.text().contains("临河区公安分局"), browser.text());
      browser
          .driver()
          .findElement(
              By.xpath("//span[contains(@class,'ui-treenode-label')][contains(.,'临河区公安分局')]"))
          .click();
      browser.waitForText("新增下级单位");
      assertTrue(browser.has("units:rename"));
      browser.screenshot("units");
    }
  }

  @Test
  void hrAddsAUnitAndMovesItUnderAnotherPickedByName() {
    String code = Unique.code("T-MOVE-");
    String name = "测试组" + code.substring(code.length() - 4);
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      browser.open("/personnel/units.xhtml");
      selectNode(browser, "临河区公安分局");
      browser.waitFor(By.id("units:childCode")).sendKeys(code);
      browser.driver().findElement(By.id("units:childNameZh")).sendKeys(name);
      browser.driver().findElement(By.id("units:childNameEn")).sendKeys("Test team " + code);
      browser.driver().findElement(By.id("units:addChild")).click();
      Pages.expect(browser, "下级单位已新增");

      selectNode(browser, name);
      browser.waitFor(By.id("units:moveTo_input"));
      Pages.pickSuggestion(browser, "units:moveTo", "新华派出所");
      browser.screenshot("units-move-picker");
      browser.driver().findElement(By.id("units:move")).click();
      Pages.expect(browser, "单位已调整隶属关系");
    }
  }

  private static void selectNode(Browser browser, String name) {
    browser
        .driver()
        .findElement(
            By.xpath("//span[contains(@class,'ui-treenode-label')][contains(.,'" + name + "')]"))
        .click();
    browser.waitForText("新增下级单位");
  }

  @Test
  void hrExportsTheOfficerListAsXlsxAndAsANumberedPdf() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      browser.open("/personnel/officers.xhtml");
      String xlsx = Pages.download(browser, "export:exportXlsx");
      assertTrue(xlsx.startsWith("200 application/vnd.openxmlformats"), xlsx);
      String pdf = Pages.download(browser, "export:exportPdf");
      assertTrue(pdf.startsWith("200 application/pdf"), pdf);
      assertTrue(Long.parseLong(pdf.substring(pdf.lastIndexOf(' ') + 1)) > 10_000, pdf);
    }
  }

  @Test
  void hrSeesRecruitsWithoutAMentor() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open("/personnel/recruits.xhtml");
      assertTrue(browser.text().contains("未指定"), browser.text());
      browser.screenshot("recruits");
    }
  }

  @Test
  void adminPicksAListAndAddsACode() {
    String code = Unique.code("W");
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      browser.open("/admin/reference.xhtml");
      // the first declared list is shown first; the names stand in input fields, edited in place
      assertTrue(browser.driver().getPageSource().contains("value=\"二级警员\""));
      browser.choose("reference:list", "岗位");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(d -> d.getPageSource().contains("value=\"法制员\""));
      browser.screenshot("reference-posts");
      browser.driver().findElement(By.id("reference:newCode")).sendKeys(code);
      browser.driver().findElement(By.id("reference:newNameZh")).sendKeys("网监");
      browser.driver().findElement(By.id("reference:newNameEn")).sendKeys("Internet Monitoring");
      browser.driver().findElement(By.id("reference:add")).click();
      browser.waitForText("代码已新增");
      assertTrue(browser.driver().getPageSource().contains("value=\"网监\""));

      // retiring asks first; "no" leaves the code in use
      By retire = By.xpath("//tr[contains(., '" + code + "')]//button[contains(@id, ':toggle')]");
      browser.driver().findElement(retire).click();
      Pages.confirm(browser, "reference", false);
      assertEquals("停用", browser.driver().findElement(retire).getText().strip(), "still in use");
      browser.driver().findElement(retire).click();
      Pages.confirm(browser, "reference", true);
      browser.waitForText("已保存");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElement(retire).getText().strip().equals("启用"));
      browser.screenshot("reference-retired");
    }
  }
}
