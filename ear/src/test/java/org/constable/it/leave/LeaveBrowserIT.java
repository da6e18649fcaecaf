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
 * its list, exports it and cancels the leave after a confirmation; the rate page drills into a unit
 * and back, exports, and reminds the unit leaders.
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
