package org.constable.it.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.Keys;
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

  private final LocalDate today = LocalDate.now();

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
    }
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(officer, AsUser.PASSWORD);
      phone.open("/training/mine.xhtml");
      String text = phone.text();
      assertTrue(text.contains(course), text);
      assertTrue(text.contains("88 / 60"), text);
      phone.screenshot("training-mine-phone");
    }
  }

  /** Waits for a text, and fails with what the page shows instead. */
  private static void expect(Browser b, String text) {
    try {
      b.waitForText(text);
    } catch (org.openqa.selenium.TimeoutException e) {
      b.screenshot("training-failed");
      throw new AssertionError(
          "expected \"" + text + "\" on the page, which shows:\n" + b.text(), e);
    }
  }

  private void createCourse(Browser b, String name) {
    b.open("/training/courses.xhtml");
    b.driver().findElement(By.id("courses:newCourse")).click();
    b.waitFor(By.id("courses:nameZh")).sendKeys(name);
    b.driver().findElement(By.id("courses:nameEn")).sendKeys("Browser test course");
    b.choose("courses:category", "专业培训");
    type(b, "courses:courseDays_input", "2");
    b.driver().findElement(By.cssSelector("#courses\\:exam .ui-chkbox-box")).click();
    b.clickAndWaitForUpdate(By.id("courses:saveCourse"), By.id("courses:table"));
    expect(b, name);
  }

  /** A session of the course run by the county, the trainer teaching it or examining it. */
  private void createSession(
      Browser b, String course, LocalDate start, LocalDate end, String trainer, boolean teaches) {
    b.open("/training/sessions.xhtml");
    b.driver().findElement(By.id("sessions:newSession")).click();
    b.waitFor(By.id("sessions:course"));
    b.choose("sessions:course", course + " · 专业培训");
    // choosing the course fills in its days
    new WebDriverWait(b.driver(), Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> d.findElement(By.id("sessions:days_input")).getAttribute("value").startsWith("2"));
    pickSuggestion(b, "sessions:organiser", "临河区公安分局");
    typeDate(b, "sessions:start_input", start);
    typeDate(b, "sessions:end_input", end);
    b.driver().findElement(By.id("sessions:place")).sendKeys("市局训练基地");
    type(b, "sessions:capacity_input", "30");
    // a one-day session credits one day, not the course's two
    type(
        b,
        "sessions:days_input",
        String.valueOf(Math.min(2, end.toEpochDay() - start.toEpochDay() + 1)));
    check(b, "sessions:instructors", teaches ? trainer : null, trainer);
    check(b, "sessions:examiners", teaches ? null : trainer, trainer);
    b.clickAndWaitForUpdate(By.id("sessions:create"), By.id("sessions:table"));
    expect(b, "培训班已创建");
  }

  /** Ticks the entry holding {@code text}, or else the first internal one without {@code not}. */
  private static void check(Browser b, String menuId, String text, String not) {
    String css = "#" + menuId.replace(":", "\\:");
    b.driver().findElement(By.cssSelector(css + " .ui-selectcheckboxmenu-trigger")).click();
    WebElement panel = b.waitFor(By.cssSelector(css + "_panel"));
    new WebDriverWait(b.driver(), Duration.ofSeconds(10))
        .until(d -> "1".equals(panel.getCssValue("opacity")));
    WebElement item =
        panel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item")).stream()
            .filter(
                li -> {
                  String label = li.getText();
                  return text != null
                      ? label.contains(text)
                      : !label.contains(not) && label.matches(".*\\(\\d{6}\\).*");
                })
            .findFirst()
            .orElseThrow(() -> new AssertionError("no instructor to pick in " + menuId));
    item.findElement(By.cssSelector(".ui-chkbox-box")).click();
    var close = panel.findElements(By.cssSelector(".ui-selectcheckboxmenu-close"));
    if (close.isEmpty()) {
      b.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    } else {
      close.get(0).click();
    }
    new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> !panel.isDisplayed());
  }

  private static void pickSuggestion(Browser b, String id, String text) {
    WebElement input = b.driver().findElement(By.id(id + "_input"));
    input.sendKeys(text);
    b.waitFor(By.cssSelector("#" + id.replace(":", "\\:") + "_panel li.ui-autocomplete-item"))
        .click();
  }

  private static void type(Browser b, String id, String value) {
    WebElement input = b.driver().findElement(By.id(id));
    // Tab, not Escape: Escape makes an inputNumber take back what was typed
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
  }

  /** Types a date into a date picker (its calendar opens from its button only). */
  private static void typeDate(Browser b, String id, LocalDate day) {
    b.driver()
        .findElement(By.id(id))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), day.toString(), Keys.TAB);
  }

  /** Opens the n-th session (newest first) of the course in this year's list. */
  private static void openSession(Browser b, String page, String course, int n) {
    b.open(page);
    var links =
        b.driver()
            .findElements(By.xpath("//a[contains(@id,':open')][contains(.,'" + course + "')]"));
    assertTrue(links.size() > n, b.text());
    b.clickAndWaitForNextPage(By.id(links.get(n).getAttribute("id")));
  }

  /** In the desk's list (newest start first), the session the trainer teaches: today's. */
  private static int sessionTaught(Browser b, String course) {
    return 0;
  }

  private static void tab(Browser b, String id) {
    b.driver().findElement(By.cssSelector("a[href$='" + id + "']")).click();
    b.waitFor(By.id("session:tabs:" + id));
  }

  private static void enrol(Browser b, String policeNumber) {
    pickSuggestion(b, "session:tabs:pick", policeNumber);
    b.clickAndWaitForUpdate(By.id("session:tabs:enrolPicked"), By.id("session:tabs:traineeTable"));
    expect(b, "已报名 1 人");
    assertEquals(
        1, b.driver().findElements(By.xpath("//td[contains(.,'" + policeNumber + "')]")).size());
  }
}
