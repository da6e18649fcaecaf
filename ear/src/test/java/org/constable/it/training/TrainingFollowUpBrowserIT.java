package org.constable.it.training;

import static org.constable.it.training.TrainingPages.createCourse;
import static org.constable.it.training.TrainingPages.createSession;
import static org.constable.it.training.TrainingPages.expect;
import static org.constable.it.training.TrainingPages.fetch;
import static org.constable.it.training.TrainingPages.openSession;
import static org.constable.it.training.TrainingPages.pickSuggestion;
import static org.constable.it.training.TrainingPages.type;
import static org.constable.it.training.TrainingPages.typeDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.ServerLog;
import org.constable.it.Unique;
import org.constable.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What follows the sessions, as its users meet it: an officer records training done elsewhere on
 * its phone with a photo of the certificate and HR approves one and sends one back; HR enters a
 * unit's budget against the 5% floor, reads its instructors' ratings by year, and enrols those of a
 * unit who are due for rotation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingFollowUpBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void anOfficerRecordsTrainingElsewhereByPhoneAndHrApprovesOneAndSendsOneBack()
      throws IOException {
    String code = Unique.code("");
    String approved = "浏览器测试外部培训甲" + code;
    String sentBack = "浏览器测试外部培训乙" + code;
    Path photo = Files.createTempFile("certificate", ".png");
    Files.write(photo, PNG);
    Path fake = Files.createTempFile("certificate", ".pdf");
    Files.writeString(fake, "not a pdf at all", StandardCharsets.UTF_8);
    String proofLink;
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      phone.open("/training/mine.xhtml");
      phone.clickAndWaitForNextPage(By.id("mine:recordElsewhere"));
      // a file named .pdf that is not one is refused by what it holds
      upload(phone, fake);
      expect(phone, "只接受 PDF、JPG 或 PNG 文件");
      record(phone, approved, photo);
      record(phone, sentBack, photo);
      assertTrue(row(phone, approved).contains("待审核"), phone.text());
      phone.screenshot("training-elsewhere-phone");
      proofLink = phone.driver().findElement(proofOf(approved)).getAttribute("href");
      assertEquals("200 image/png", fetch(phone, proofLink));
    }
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/training/elsewhere-review.xhtml");
      assertEquals("200 image/png", fetch(hr, proofLink));
      hr.driver().findElement(inRow(approved, "approve")).click();
      hr.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
      expect(hr, "已批准");
      hr.driver().findElement(inRow(sentBack, "reject")).click();
      hr.waitFor(By.id("review:reason")).sendKeys("证明材料与培训名称不符");
      hr.clickAndWaitForUpdate(By.id("review:confirmReject"), By.id("review:pending"));
      expect(hr, "已退回");
      assertTrue(
          hr.driver().findElements(By.xpath("//tr[contains(.,'" + approved + "')]")).isEmpty());
      hr.screenshot("training-elsewhere-review");
    }
    try (var trainer = new Browser(base.toString(), 1366, 768)) {
      trainer.logIn(ServerLog.policeNumberOf("trainer"), AsUser.PASSWORD);
      trainer.open("/training/mine.xhtml");
      assertTrue(fetch(trainer, proofLink).startsWith("403"), "another officer's proof");
      assertTrue(fetch(trainer, proofLink.replaceAll("/\\d+$", "/abc")).startsWith("404"));
    }
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      phone.open("/training/elsewhere.xhtml");
      assertTrue(row(phone, approved).contains("已批准"), phone.text());
      assertTrue(row(phone, sentBack).contains("证明材料与培训名称不符"), phone.text());
    }
  }

  @Test
  void hrEntersAUnitsBudgetAndSeesItAgainstTheFloor() {
    int year = today.getYear() + 1;
    String unit = "临河区公安分局";
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/training/budget.xhtml");
      hr.choose("budget:year", String.valueOf(year));
      hr.waitForText(String.valueOf(year));
      if (hr.driver().findElements(By.xpath("//tbody//tr[contains(.,'" + unit + "')]")).isEmpty()) {
        hr.driver().findElement(By.id("budget:add")).click();
        hr.waitFor(By.id("budget:unit_input"));
        pickSuggestion(hr, "budget:unit", unit);
        enterAmounts(hr, "1000000", "49999.99");
        expect(hr, "经费已保存");
      }
      editFirstRowOf(hr, unit);
      enterAmounts(hr, "1000000", "49999.99");
      new org.openqa.selenium.support.ui.WebDriverWait(
              hr.driver(), java.time.Duration.ofSeconds(30))
          .until(d -> budgetRow(hr, unit).contains("低于下限"));
      editFirstRowOf(hr, unit);
      enterAmounts(hr, "1000000", "50000");
      new org.openqa.selenium.support.ui.WebDriverWait(
              hr.driver(), java.time.Duration.ofSeconds(30))
          .until(d -> budgetRow(hr, unit).contains("达标") && budgetRow(hr, unit).contains("5.00"));
      hr.screenshot("training-budget");
    }
  }

  @Test
  void hrReadsItsInstructorsRatingsByYear() {
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      hr.open("/training/instructors.xhtml");
      hr.choose("instructors:year", String.valueOf(today.getYear() - 1));
      expect(hr, "人次）");
      hr.driver().findElements(By.cssSelector("a[id$=':remarks']")).get(0).click();
      hr.waitFor(By.id("instructors:remarksDialog"));
      hr.screenshot("training-instructor-ratings");
    }
  }

  @Test
  void hrEnrolsThoseOfAUnitWhoAreDueForRotation() {
    String course = "轮训报名测试" + Unique.code("");
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      createCourse(hr, course);
      createSession(
          hr,
          course,
          today.plusDays(20),
          today.plusDays(21),
          ServerLog.policeNumberOf("trainer"),
          true);
      openSession(hr, "/training/sessions.xhtml", course, 0);
      pickSuggestion(hr, "session:tabs:unit", "临河区公安分局");
      hr.choose("session:tabs:short", "轮训逾期或今年到期的人员");
      hr.clickAndWaitForUpdate(By.id("session:tabs:enrolUnit"), By.id("session:tabs:traineeTable"));
      // the county has more people due than one session holds: nobody is enrolled, and it says so
      expect(hr, "多于本班名额（30 人）");
      hr.screenshot("training-enrol-rotation");
    }
  }

  private static void record(Browser phone, String title, Path proof) {
    phone.choose("elsewhere:kind", "网络培训");
    phone.driver().findElement(By.id("elsewhere:title")).sendKeys(title);
    phone.driver().findElement(By.id("elsewhere:provider")).sendKeys("公安部网络学院");
    LocalDate end = LocalDate.now(ClockProducer.ZONE).minusDays(1);
    typeDate(phone, "elsewhere:start_input", end.minusDays(1));
    typeDate(phone, "elsewhere:end_input", end);
    type(phone, "elsewhere:days_input", "1.5");
    upload(phone, proof);
    expect(phone, "已收到证明材料");
    phone.clickAndWaitForUpdate(By.id("elsewhere:submit"), By.id("elsewhere:records"));
    expect(phone, "“" + title + "”已提交");
  }

  private static void enterAmounts(Browser hr, String budget, String spend) {
    type(hr, "budget:operating_input", budget);
    type(hr, "budget:spend_input", spend);
    hr.clickAndWaitForUpdate(By.id("budget:save"), By.id("budget:table"));
  }

  private static void editFirstRowOf(Browser hr, String unit) {
    hr.driver()
        .findElement(
            By.xpath("//tbody//tr[contains(.,'" + unit + "')]//button[contains(@id,':edit')]"))
        .click();
    hr.waitFor(By.id("budget:unitFixed"));
  }

  private static String budgetRow(Browser hr, String unit) {
    return hr.driver().findElement(By.xpath("//tbody//tr[contains(.,'" + unit + "')]")).getText();
  }

  // the file input of an automatic upload: choosing the file starts it
  private static void upload(Browser phone, Path file) {
    phone
        .driver()
        .findElement(By.cssSelector("#elsewhere input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  private static String row(Browser b, String title) {
    return b.driver().findElement(By.xpath("//tr[contains(.,'" + title + "')]")).getText();
  }

  private static By proofOf(String title) {
    return By.xpath("//tr[contains(.,'" + title + "')]//a[contains(@id,'proofLink')]");
  }

  private static By inRow(String title, String button) {
    return By.xpath("//tr[contains(.,'" + title + "')]//button[contains(@id,':" + button + "')]");
  }
}
