package org.constable.it.training;

import static org.constable.it.training.TrainingPages.createCourse;
import static org.constable.it.training.TrainingPages.createSession;
import static org.constable.it.training.TrainingPages.enrol;
import static org.constable.it.training.TrainingPages.expect;
import static org.constable.it.training.TrainingPages.openSession;
import static org.constable.it.training.TrainingPages.sessionTaught;
import static org.constable.it.training.TrainingPages.tab;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Training as its three kinds of user meet it: HR creates a course and two sessions and enrols an
 * officer; the trainer shows the check-in code of the one it teaches and the officer checks in on
 * its phone with the code's link; the trainer confirms the roll and enters the score of the one it
 * examines; HR publishes; the officer sees the score on its own training record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void aTrainerTakesTheRollAnOfficerChecksInByPhoneAndSeesItsScore() {
    String trainer = ServerLog.policeNumberOf("trainer");
    String officer = ServerLog.policeNumberOf("officer");
    String course = "浏览器测试课程" + Unique.code("");
    String link;
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      createCourse(hr, course);
      createSession(hr, course, today, today.plusDays(1), trainer, true);
      createSession(hr, course, today.minusDays(1), today.minusDays(1), trainer, false);
      for (int n = 0; n < 2; n++) {
        openSession(hr, "/training/sessions.xhtml", course, n);
        enrol(hr, officer);
      }
      hr.screenshot("training-session-hr");
    }
    try (var desk = new Browser(base.toString(), 1366, 768)) {
      desk.logIn(trainer, AsUser.PASSWORD);
      openSession(desk, "/training/desk.xhtml", course, sessionTaught(desk, course));
      tab(desk, "checkin");
      desk.clickAndWaitForUpdate(
          By.id("session:tabs:showCode"), By.id("session:tabs:checkInPanel"));
      WebElement qr = desk.waitFor(By.id("session:tabs:qr"));
      // the QR image itself loaded: PrimeFaces draws it with a library of its own choosing
      new WebDriverWait(desk.driver(), Duration.ofSeconds(30))
          .until(
              d ->
                  ((Number)
                              ((org.openqa.selenium.JavascriptExecutor) d)
                                  .executeScript(
                                      "return arguments[0].complete ? arguments[0].naturalWidth : 0",
                                      qr))
                          .intValue()
                      > 0);
      link = desk.driver().findElement(By.id("session:tabs:checkInLink")).getAttribute("href");
      desk.screenshot("training-checkin-code");

      try (var phone = new Browser(base.toString(), 390, 844)) {
        phone.logIn(officer, AsUser.PASSWORD);
        phone.driver().get(link);
        phone.clickAndWaitForUpdate(By.id("checkin:checkInNow"), By.id("checkin:panel"));
        expect(phone, "签到成功");
        assertTrue(phone.text().contains(course), phone.text());
        phone.screenshot("training-checkin-phone");
      }

      tab(desk, "roll");
      desk.clickAndWaitForUpdate(
          By.id("session:tabs:refreshRoll"), By.id("session:tabs:rollPanel"));
      assertTrue(desk.text().contains("已扫码"), desk.text());
      desk.clickAndWaitForUpdate(
          By.id("session:tabs:confirmRoll"), By.id("session:tabs:rollPanel"));
      expect(desk, "已确认");
      desk.screenshot("training-roll");

      openSession(desk, "/training/desk.xhtml", course, 1 - sessionTaught(desk, course));
      tab(desk, "results");
      WebElement score = desk.waitFor(By.cssSelector("input[id$=':score']"));
      score.clear();
      score.sendKeys("88");
      desk.clickAndWaitForUpdate(
          By.id("session:tabs:saveScores"), By.id("session:tabs:resultsPanel"));
      expect(desk, "已保存 1 个成绩");
      desk.screenshot("training-scores");
    }
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      openSession(hr, "/training/sessions.xhtml", course, 1);
      tab(hr, "results");
      hr.waitFor(By.id("session:tabs:publish")).click();
      hr.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
      expect(hr, "已发布 1 个成绩");
      // HR takes the roll of the ended session it manages: the officer attended its one day
      tab(hr, "roll");
      hr.clickAndWaitForUpdate(By.id("session:tabs:allPresent"), By.id("session:tabs:rollPanel"));
      hr.clickAndWaitForUpdate(By.id("session:tabs:confirmRoll"), By.id("session:tabs:rollPanel"));
      expect(hr, "已确认");
    }
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(officer, AsUser.PASSWORD);
      phone.open("/training/mine.xhtml");
      String text = phone.text();
      assertTrue(text.contains(course), text);
      assertTrue(text.contains("88 / 60"), text);
      phone.screenshot("training-mine-phone");
      // the ended session waits for the officer's rating of its instructor (评教)
      phone.clickAndWaitForNextPage(
          By.xpath("//div[@id='mine:evaluationsDue']//a[contains(.,'" + course + "')]"));
      for (String line : new String[] {"content", "method", "overall"}) {
        phone
            .driver()
            .findElements(By.cssSelector("[id$=':" + line + "'] .ui-rating-star a"))
            .get(3)
            .click();
      }
      phone.screenshot("training-evaluate-phone");
      phone.clickAndWaitForUpdate(By.id("evaluate:send"), By.id("evaluate:body"));
      expect(phone, "谢谢");
      phone.open("/training/mine.xhtml");
      assertFalse(
          phone.driver().findElement(By.tagName("body")).getText().contains("待你评教：" + course),
          phone.text());
      assertTrue(
          phone
              .driver()
              .findElements(
                  By.xpath("//div[@id='mine:evaluationsDue']//a[contains(.,'" + course + "')]"))
              .isEmpty(),
          phone.text());
    }
  }
}
