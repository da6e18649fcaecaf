package org.constable.it.leave;

import static org.constable.it.Pages.confirm;
import static org.constable.it.Pages.expect;
import static org.constable.it.Pages.typeDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.Pages;
import org.constable.it.ServerLog;
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

/**
 * Annual leave as its people take it: the officer asks on its phone and sees its balance change,
 * withdraws a second request after a confirmation; its unit leader approves one and declines one
 * with a reason; the officer sees both. HR records a sick leave with the officer picker, filters
 * its list by year and kind, exports it and cancels the leave after a confirmation. The
 * administrator keeps the holiday arrangement (a day added, a slip refused, a day removed after a
 * confirmation) that HR reads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaveBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void theOfficerAsksOnItsPhoneItsLeaderDecidesAndTheBalanceFollows() {
    // from the year's end backwards: the in-container test takes the first free days
    LocalDate last = lastWorkingDay(today.withDayOfYear(today.lengthOfYear()));
    LocalDate first = lastWorkingDay(last.minusDays(1));
    LocalDate third = lastWorkingDay(first.minusDays(1));
    assumeTrue(third.isAfter(today), "too late in the year to ask for three days ahead");
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      phone.open("/leave/mine.xhtml");
      expect(phone, "申请年休假");
      int remaining = figure(phone, "remaining");
      int pending = figure(phone, "pending");
      assumeTrue(remaining >= 3, "the demo officer has three days left");
      typeDate(phone, "mine:from_input", first);
      typeDate(phone, "mine:to_input", last);
      new org.openqa.selenium.support.ui.WebDriverWait(
              phone.driver(), java.time.Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> "2".equals(d.findElement(By.id("mine:days")).getText()));
      phone.driver().findElement(By.id("mine:reason")).sendKeys("回老家探亲");
      phone.clickAndWaitForUpdate(By.id("mine:send"), By.id("mine:history"));
      expect(phone, "年休假申请已提交");
      assertEquals(pending + 2, figure(phone, "pending"));
      assertEquals(remaining - 2, figure(phone, "remaining"));
      phone.screenshot("leave-mine-requested-phone");

      // a second request, withdrawn after answering no, then yes
      typeDate(phone, "mine:from_input", third);
      typeDate(phone, "mine:to_input", third);
      phone.clickAndWaitForUpdate(By.id("mine:send"), By.id("mine:history"));
      expect(phone, "年休假申请已提交");
      assertEquals(remaining - 3, figure(phone, "remaining"));
      withdrawButton(phone, third).click();
      confirm(phone, "mine", false);
      assertEquals(remaining - 3, figure(phone, "remaining"));
      withdrawButton(phone, third).click();
      confirm(phone, "mine", true);
      assertTrue(phone.waitForText("申请已撤回"), phone.text());
      assertEquals(remaining - 2, figure(phone, "remaining"));

      // a third, for the leader to decline
      typeDate(phone, "mine:from_input", third);
      typeDate(phone, "mine:to_input", third);
      phone.clickAndWaitForUpdate(By.id("mine:send"), By.id("mine:history"));
      expect(phone, "年休假申请已提交");
    }

    try (var leader = new Browser(base.toString(), 390, 844)) {
      leader.logIn(ServerLog.policeNumberOf("leader"), AsUser.PASSWORD);
      leader.open("/leave/approvals.xhtml");
      expect(leader, "本单位民警提交的年休假申请");
      leader.screenshot("leave-approvals-phone");
      rowButton(leader, first.toString(), "approve").click();
      assertTrue(leader.waitForText("的年休假"), leader.text());
      expect(leader, "已批准");
      rowButton(leader, third.toString(), "decline").click();
      leader.waitFor(By.id("approvals:declineReason")).sendKeys("年底警力紧张");
      leader.driver().findElement(By.id("approvals:confirmDecline")).click();
      assertTrue(leader.waitForText("未批准"), leader.text());
    }

    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      phone.open("/leave/mine.xhtml");
      String history = phone.waitFor(By.id("mine:history")).getText();
      assertTrue(history.contains("已批准"), history);
      assertTrue(history.contains("年底警力紧张"), history);
      phone.screenshot("leave-mine-decided-phone");
    }
  }

  @Test
  void hrRecordsASickLeaveFindsItByYearAndKindExportsItAndCancelsIt() throws Exception {
    int next = today.getYear() + 1;
    String officer = Pages.officerOfUnit(base, "临河区公安分局", 9)[1];
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/leave/desk.xhtml");
      expect(hr, "全部假别");
      // nothing chosen: the first thing missing is said, nothing is saved
      hr.clickAndWaitForUpdate(By.id("desk:record"), By.id("desk:table"));
      expect(hr, "请选择民警");
      Pages.pickSuggestion(hr, "desk:officer", officer);
      hr.choose("desk:type", "病假");
      typeDate(hr, "desk:from_input", LocalDate.of(next, 3, 2));
      typeDate(hr, "desk:to_input", LocalDate.of(next, 3, 4));
      hr.driver().findElement(By.id("desk:reason")).sendKeys("急性肠胃炎");
      hr.clickAndWaitForUpdate(By.id("desk:record"), By.id("desk:table"));
      expect(hr, "休假已登记");

      hr.choose("desk:filterYear", String.valueOf(next));
      hr.choose("desk:filterType", "病假");
      new org.openqa.selenium.support.ui.WebDriverWait(
              hr.driver(), java.time.Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> Pages.settledText(hr, "desk:table").contains(officer));
      String table = Pages.settledText(hr, "desk:table");
      assertTrue(table.contains(next + "-03-02") && table.contains("病假"), table);
      assertTrue(table.contains("3"), "three calendar days: " + table);
      hr.screenshot("leave-desk-sick");
      ((org.openqa.selenium.JavascriptExecutor) hr.driver())
          .executeScript("document.getElementById('desk:table').scrollIntoView()");
      hr.screenshot("leave-desk-list");
      try (var book =
          new org.apache.poi.xssf.usermodel.XSSFWorkbook(
              new java.io.ByteArrayInputStream(Pages.downloadBytes(hr, "desk:export")))) {
        var text = new org.apache.poi.ss.usermodel.DataFormatter();
        StringBuilder all = new StringBuilder();
        book.getSheetAt(0)
            .forEach(r -> r.forEach(c -> all.append(text.formatCellValue(c)).append(' ')));
        assertTrue(all.toString().contains(officer), all.toString());
        assertTrue(all.toString().contains("病假"), all.toString());
      }

      rowButton(hr, officer, "cancel").click();
      confirm(hr, "desk", false);
      assertTrue(Pages.settledText(hr, "desk:table").contains("已批准"));
      rowButton(hr, officer, "cancel").click();
      confirm(hr, "desk", true);
      expect(hr, "已撤销");
      new org.openqa.selenium.support.ui.WebDriverWait(
              hr.driver(), java.time.Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElement(By.id("desk:table")).getText().contains("已撤回"));
    }
  }

  @Test
  void theAdministratorKeepsTheHolidayArrangementAndHrReadsIt() throws Exception {
    int next = today.getYear() + 1;
    // the first Monday to Friday of next year, and the Saturday after it
    LocalDate weekday = LocalDate.of(next, 1, 1);
    while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY
        || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
      weekday = weekday.plusDays(1);
    }
    LocalDate saturday =
        weekday.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY));
    try (var admin = new Browser(base.toString(), 1366, 768)) {
      admin.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      admin.open("/leave/calendar.xhtml");
      if (today.getYear() == 2026) {
        String days = admin.waitFor(By.id("calendar:days")).getText();
        assertTrue(days.contains("国庆节") && days.contains("2026-10-10"), days);
      }
      admin.choose("calendar:year", String.valueOf(next));
      expect(admin, "尚未登记节假日安排");
      typeDate(admin, "calendar:day_input", weekday);
      admin.choose("calendar:kind", "法定节假日（放假）");
      Pages.type(admin, "calendar:nameZh", "元旦");
      Pages.type(admin, "calendar:nameEn", "New Year's Day");
      admin.clickAndWaitForUpdate(By.id("calendar:add"), By.id("calendar:days"));
      expect(admin, weekday + "已登记");
      assertTrue(Pages.settledText(admin, "calendar:days").contains("元旦"));

      // a Saturday off changes nothing: refused as a slip, nothing saved
      typeDate(admin, "calendar:day_input", saturday);
      admin.choose("calendar:kind", "法定节假日（放假）");
      Pages.type(admin, "calendar:nameZh", "元旦");
      admin.clickAndWaitForUpdate(By.id("calendar:add"), By.id("calendar:days"));
      expect(admin, "无需登记为节假日");
      assertEquals(
          1, admin.driver().findElements(By.cssSelector("#calendar\\:days_data tr")).size());
      admin.screenshot("leave-calendar-admin");

      rowButton(admin, weekday.toString(), "remove").click();
      confirm(admin, "calendar", false);
      assertTrue(Pages.settledText(admin, "calendar:days").contains("元旦"));
      rowButton(admin, weekday.toString(), "remove").click();
      confirm(admin, "calendar", true);
      expect(admin, weekday + "已删除");
      expect(admin, "尚未登记节假日安排");
    }
    try (var hr = new Browser(base.toString(), 390, 844)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/leave/calendar.xhtml");
      expect(hr, "国务院办公厅");
      assertTrue(!hr.has("calendar:addDay") && !hr.has("calendar:days:0:remove"), "HR reads only");
      hr.screenshot("leave-calendar-hr-phone");
    }
  }

  private static LocalDate lastWorkingDay(LocalDate day) {
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    return day;
  }

  private static int figure(Browser b, String id) {
    return Integer.parseInt(b.waitFor(By.id(id)).getText().strip());
  }

  private static WebElement withdrawButton(Browser b, LocalDate day) {
    return rowButton(b, day.toString(), "withdraw");
  }

  /** The button of that id in the first table row whose text holds {@code text}. */
  private static WebElement rowButton(Browser b, String text, String id) {
    for (WebElement row : b.driver().findElements(By.cssSelector("tr"))) {
      if (row.getText().contains(text)
          && !row.findElements(By.cssSelector("[id$=':" + id + "']")).isEmpty()) {
        return row.findElement(By.cssSelector("[id$=':" + id + "']"));
      }
    }
    throw new AssertionError("no row with " + text + " and " + id + ": " + b.text());
  }
}
