package org.constable.it.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.constable.it.Browser;
import org.constable.it.Pages;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the training browser tests do on the pages, as a user does it. */
final class TrainingPages {

  private TrainingPages() {}

  /** Waits for a text, and fails with what the page shows instead. */
  static void expect(Browser b, String text) {
    Pages.expect(b, text);
  }

  static void createCourse(Browser b, String name) {
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
  static void createSession(
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
  static void check(Browser b, String menuId, String text, String not) {
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

  static void pickSuggestion(Browser b, String id, String text) {
    Pages.pickSuggestion(b, id, text);
  }

  static void type(Browser b, String id, String value) {
    Pages.type(b, id, value);
  }

  /** Types a date into a date picker (its calendar opens from its button only). */
  static void typeDate(Browser b, String id, LocalDate day) {
    Pages.typeDate(b, id, day);
  }

  /** Opens the n-th session (newest first) of the course in this year's list. */
  static void openSession(Browser b, String page, String course, int n) {
    b.open(page);
    By link = By.xpath("//a[contains(@id,':open')][contains(.,'" + course + "')]");
    // the list may still be settling (a CI run once found fewer links than its text showed)
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(15))
          .until(d -> d.findElements(link).size() > n);
    } catch (org.openqa.selenium.TimeoutException e) {
      b.screenshot("open-session-" + n);
    }
    var links = b.driver().findElements(link);
    assertTrue(links.size() > n, links.size() + " links: " + b.text());
    b.clickAndWaitForNextPage(By.id(links.get(n).getAttribute("id")));
  }

  /** In the desk's list (newest start first), the session the trainer teaches: today's. */
  static int sessionTaught(Browser b, String course) {
    return 0;
  }

  static void tab(Browser b, String id) {
    b.driver().findElement(By.cssSelector("a[href$='" + id + "']")).click();
    b.waitFor(By.id("session:tabs:" + id));
  }

  static void enrol(Browser b, String policeNumber) {
    pickSuggestion(b, "session:tabs:pick", policeNumber);
    b.clickAndWaitForUpdate(By.id("session:tabs:enrolPicked"), By.id("session:tabs:traineeTable"));
    expect(b, "已报名 1 人");
    assertEquals(
        1, b.driver().findElements(By.xpath("//td[contains(.,'" + policeNumber + "')]")).size());
  }

  /** Fetches a link with the browser's own session: "status content-type". */
  static String fetch(Browser b, String href) {
    return Pages.fetch(b, href);
  }
}
