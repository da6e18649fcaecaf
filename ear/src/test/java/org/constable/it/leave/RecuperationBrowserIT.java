package org.constable.it.leave;

import static org.constable.it.Pages.confirm;
import static org.constable.it.Pages.expect;
import static org.constable.it.Pages.type;
import static org.constable.it.Pages.typeDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Recuperation as HR and the officer take it: HR of the county creates a group (the unit picked by
 * name), fills it by the rules, records one member as gone, one as not with a reason, takes one out
 * after a confirmation and adds a candidate by hand, and exports the list; the officer sees its
 * place on its phone and withdraws and gives its health consent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecuperationBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final int year = LocalDate.now(ClockProducer.ZONE).getYear();

  @Test
  void hrCreatesAGroupFillsItByTheRulesAndKeepsEachOutcome() throws Exception {
    String name = "浏览器测试" + (System.currentTimeMillis() % 100000);
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/leave/recuperation.xhtml");
      expect(hr, "按优先规则遴选");

      // nothing typed: the first thing missing is said
      hr.clickAndWaitForUpdate(By.id("rec:create"), By.id("rec:groups"));
      expect(hr, "请选择组织单位");
      Pages.pickSuggestion(hr, "rec:unit", "临河区公安分局");
      type(hr, "rec:name", name);
      type(hr, "rec:place", "阿尔山疗养院");
      // 1 and 2 January hold no demo leave, so an attended stay can be recorded
      typeDate(hr, "rec:from_input", LocalDate.of(year, 1, 1));
      typeDate(hr, "rec:to_input", LocalDate.of(year, 1, 2));
      type(hr, "rec:places_input", "4");
      hr.clickAndWaitForUpdate(By.id("rec:create"), By.id("rec:groups"));
      expect(hr, "已创建批次“" + name + "”");
      expect(hr, "名额4个，尚余4个");

      hr.clickAndWaitForUpdate(By.id("rec:fill"), By.id("rec:members"));
      expect(hr, "按优先规则加入了4人");
      expect(hr, "名额4个，尚余0个");
      hr.screenshot("recuperation-filled");

      memberButton(hr, 0, "attended").click();
      confirm(hr, "rec", true);
      expect(hr, "已记入休假记录");

      memberButton(hr, 0, "decline").click();
      hr.waitFor(By.id("rec:declineReason")).sendKeys("家中老人住院");
      hr.driver().findElement(By.id("rec:confirmDecline")).click();
      expect(hr, "原因已记录");

      memberButton(hr, 0, "remove").click();
      confirm(hr, "rec", false);
      assertEquals(2, selected(hr), "answering no keeps the member");
      memberButton(hr, 0, "remove").click();
      confirm(hr, "rec", true);
      expect(hr, "已移出");
      // the declined member and the removed one left their places free
      expect(hr, "尚余2个");

      hr.waitFor(By.cssSelector("[id$=':addCandidate']")).click();
      expect(hr, "已加入");
      expect(hr, "尚余1个");
      String members = hr.driver().findElement(By.id("rec:members")).getText();
      assertTrue(
          members.contains("已参加") && members.contains("未参加") && members.contains("家中老人住院"),
          members);
      hr.screenshot("recuperation-outcomes");

      try (var book =
          new XSSFWorkbook(
              new ByteArrayInputStream(Pages.downloadBytes(hr, "rec:exportMembers")))) {
        var text = new DataFormatter();
        StringBuilder all = new StringBuilder();
        book.getSheetAt(0)
            .forEach(r -> r.forEach(c -> all.append(text.formatCellValue(c)).append(' ')));
        assertTrue(
            all.toString().contains("家中老人住院") && all.toString().contains("已参加"), all.toString());
      }
      hr.clickAndWaitForUpdate(By.id("rec:closeGroup"), By.id("rec:groups"));
      assertTrue(hr.driver().findElement(By.id("rec:groups")).getText().contains(name));
    }
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      phone.open("/leave/recuperation.xhtml");
      expect(phone, name);
      phone.screenshot("recuperation-phone");
    }
  }

  @Test
  void theOfficerSeesItsPlaceAndWithdrawsAndGivesItsHealthConsent() {
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      phone.open("/leave/mine.xhtml");
      String stays = phone.waitFor(By.id("mine:stays")).getText();
      assertTrue(stays.contains("呼伦贝尔公安疗养院") && stays.contains("已入选"), stays);

      phone.open("/health/mine.xhtml");
      expect(phone, "疗休养遴选中使用健康信息");
      expect(phone, "您已同意");
      phone.clickAndWaitForUpdate(By.id("mine:withdrawConsent"), By.id("mine:consent"));
      expect(phone, "已撤回同意");
      expect(phone, "您未同意");
      phone.clickAndWaitForUpdate(By.id("mine:giveConsent"), By.id("mine:consent"));
      expect(phone, "已同意在疗休养遴选中使用健康信息");
      phone.screenshot("health-consent-phone");
    }
  }

  /** The button of that id in the n-th member row still chosen (已入选). */
  private static WebElement memberButton(Browser b, int n, String id) {
    return new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              List<WebElement> rows =
                  d.findElements(By.cssSelector("#rec\\:members_data tr")).stream()
                      .filter(r -> !r.findElements(By.cssSelector("[id$=':" + id + "']")).isEmpty())
                      .toList();
              return rows.size() > n
                  ? rows.get(n).findElement(By.cssSelector("[id$=':" + id + "']"))
                  : null;
            });
  }

  private static int selected(Browser b) {
    return (int)
        b.driver().findElements(By.cssSelector("#rec\\:members_data tr")).stream()
            .filter(r -> !r.findElements(By.cssSelector("[id$=':attended']")).isEmpty())
            .count();
  }
}
