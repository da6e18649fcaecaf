package org.constable.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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
      waitForText(browser, "新增下级单位");
      assertTrue(browser.has("units:rename"));
      browser.screenshot("units");
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
  void adminAddsAReferenceCode() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      browser.open("/admin/reference.xhtml");
      // the names stand in input fields, to be edited in place
      assertTrue(browser.driver().getPageSource().contains("value=\"法制员\""));
      browser.driver().findElement(By.id("reference:newCode")).sendKeys("WJ");
      browser.driver().findElement(By.id("reference:newNameZh")).sendKeys("网监");
      browser.driver().findElement(By.id("reference:newNameEn")).sendKeys("Internet Monitoring");
      browser.driver().findElement(By.id("reference:add")).click();
      waitForText(browser, "代码已新增");
      assertTrue(browser.driver().getPageSource().contains("value=\"网监\""));
    }
  }

  private static void waitForText(Browser browser, String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }
}
