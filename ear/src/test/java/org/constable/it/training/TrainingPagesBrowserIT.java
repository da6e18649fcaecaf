package org.constable.it.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
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

/** HR's training reports and lists, the record's training tab, and what an officer may not open. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingPagesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static final String NOT_FOUND = "页面不存在";

  @ArquillianResource URL base;

  @Test
  void hrDrillsIntoTheQuotaReportAndFiltersItsOfficers() {
    try (var b = new Browser(base.toString(), 1366, 768)) {
      b.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      b.open("/training/quota.xhtml");
      assertTrue(b.text().contains("临河区公安分局"), b.text());
      b.clickAndWaitForUpdate(
          By.xpath("//a[contains(@id,':drill')][contains(.,'临河区公安分局')]"), By.id("quota:units"));
      assertTrue(b.waitForText("返回上级"), b.text());
      assertFalse(b.text().contains("五原县公安局"), b.text());
      b.choose("quota:shortfall", "目前不足");
      assertTrue(b.waitForText("尚差"), b.text());
      b.screenshot("training-quota");
      // the list's count is the unit table's first row: its pages hold that many officers
      String[] top =
          b.driver()
              .findElement(By.xpath("//tbody[@id='quota:units_data']/tr[1]/td[6]"))
              .getText()
              .split("\\s+");
      long shortNow = Long.parseLong(top[top.length - 1]);
      assertTrue(shortNow > 0, "the county has officers short of the quota");
      int rows =
          b.driver()
              .findElements(
                  By.xpath("//tbody[@id='quota:officers_data']/tr[not(contains(@class,'empty'))]"))
              .size();
      assertEquals(Math.min(20, shortNow), rows);
      ((org.openqa.selenium.JavascriptExecutor) b.driver())
          .executeScript("document.getElementById('quota:officers').scrollIntoView()");
      b.screenshot("training-quota-officers");
      b.clickAndWaitForUpdate(By.id("quota:back"), By.id("quota:units"));
      assertTrue(b.waitForText("五原县公安局"), b.text());
    }
  }

  @Test
  void adminChecksTheLedgerAgainstTheRoll() {
    try (var b = new Browser(base.toString(), 1366, 768)) {
      b.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      b.open("/training/ledger-check.xhtml");
      b.clickAndWaitForUpdate(By.id("ledger:check"), By.id("ledger"));
      assertTrue(b.waitForText("完全一致"), b.text());
    }
  }

  @Test
  void hrSwitchesTheRetrainingAndRotationLists() {
    try (var b = new Browser(base.toString(), 1366, 768)) {
      b.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      b.open("/training/retraining.xhtml");
      assertTrue(b.text().contains("待复训"), b.text());
      b.clickAndWaitForUpdate(
          By.xpath("//div[@id='retraining:status']//div[contains(.,'复训合格')]"),
          By.id("retraining:table"));
      b.screenshot("training-retraining");
      b.open("/training/rotation.xhtml");
      assertTrue(b.text().contains("截止日期"), b.text());
      b.clickAndWaitForUpdate(
          By.xpath("//div[@id='rotation:standing']//div[contains(.,'今年到期')]"),
          By.id("rotation:table"));
      b.screenshot("training-rotation");
    }
  }

  @Test
  void hrAppointsAnOutsideInstructor() {
    String name = "外聘教官" + Unique.code("").substring(4);
    try (var b = new Browser(base.toString(), 1366, 768)) {
      b.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      b.open("/training/instructors.xhtml");
      b.driver().findElement(By.id("instructors:appoint")).click();
      b.waitFor(By.id("instructors:internal"));
      b.clickAndWaitForUpdate(
          By.xpath("//div[@id='instructors:internal']//div[contains(.,'外聘')]"),
          By.id("instructors:who"));
      b.waitFor(By.id("instructors:externalName")).sendKeys(name);
      b.driver().findElement(By.id("instructors:organisation")).sendKeys("内蒙古警察职业学院");
      b.driver().findElement(By.id("instructors:speciality")).sendKeys("法律实务");
      b.clickAndWaitForUpdate(By.id("instructors:saveAppointment"), By.id("instructors:table"));
      assertTrue(b.waitForText("教官已聘任"), b.text());
      b.screenshot("training-instructors");
    }
  }

  @Test
  void theRecordHasATrainingTabAndAnOfficerSeesItsOwnOnItsPhone() {
    try (var b = new Browser(base.toString(), 1366, 768)) {
      b.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      b.open("/personnel/officers.xhtml");
      b.clickAndWaitForNextPage(By.cssSelector("a[href*='officer.xhtml?id=']"));
      b.driver().findElement(By.cssSelector("a[href$='training']")).click();
      b.waitFor(By.id("quotaCard"));
      assertTrue(b.text().contains("历年培训天数"), b.text());
    }
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      phone.open("/training/mine.xhtml");
      assertTrue(phone.text().contains("竞争上岗资格"), phone.text());
      phone.screenshot("training-mine-record-phone");
    }
  }

  @Test
  void anOfficerCannotOpenSessionsOrReportsAndAHandEditedIdIsNotFound() {
    try (var b = new Browser(base.toString(), 390, 844)) {
      b.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      for (String page :
          new String[] {
            "/training/sessions.xhtml", "/training/quota.xhtml", "/training/desk.xhtml"
          }) {
        b.open(page);
        assertTrue(b.text().contains("无权访问"), page + ": " + b.text());
      }
      b.open("/training/session.xhtml?id=abc");
      assertTrue(b.text().contains(NOT_FOUND), b.text());
      // the session of the demo officer itself: it is a trainee, not its HR or staff
      b.open("/training/mine.xhtml");
      b.open("/training/session.xhtml?id=1000");
      assertTrue(b.text().contains("无权访问") || b.text().contains(NOT_FOUND), b.text());
    }
  }
}
