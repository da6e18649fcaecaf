package org.constable.it.qualification;

import static org.constable.it.Pages.expect;
import static org.constable.it.Pages.fetch;
import static org.constable.it.Pages.pickSuggestion;
import static org.constable.it.Pages.typeDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * Certificates as their users meet them: HR follows the compliance report down from the county to
 * the officers who fall short and opens one's record; records, renews and revokes a certificate
 * with its scan; imports a workbook with a bad row; narrows the officer list to those who may not
 * do enforcement. The officer reads its own on its phone; ADMIN keeps the types.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualificationBrowserIT {

  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void hrFollowsTheComplianceReportDownToTheOfficersWhoFallShort() {
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/qualification/compliance.xhtml");
      expect(hr, "全体民警（执法）");
      hr.screenshot("qualification-compliance");
      // every police officer needs a law-enforcement qualification: the demo has gaps
      openRequirement(hr, "全体民警（执法）");
      expect(hr, "尚缺");
      hr.screenshot("qualification-compliance-county");
      // down into a unit that falls short: its officers who fall short are listed below
      WebElement unit = shortUnit(hr);
      String unitName = unit.getText();
      hr.clickAndWaitForUpdate(By.id(unit.getAttribute("id")), By.id("compliance:trail"));
      assertTrue(hr.driver().findElement(By.id("compliance:trail")).getText().contains(unitName));
      assertFalse(
          hr.driver().findElements(By.cssSelector("#compliance\\:shortfall tbody a")).isEmpty(),
          hr.text());
      hr.screenshot("qualification-compliance-shortfall");
      // the trail leads back up, and down again
      hr.clickAndWaitForUpdate(By.id("compliance:allRequirements"), By.id("compliance:trail"));
      openRequirement(hr, "全体民警（执法）");
      hr.clickAndWaitForUpdate(By.id(shortUnit(hr).getAttribute("id")), By.id("compliance:trail"));
      hr.clickAndWaitForNextPage(By.cssSelector("#compliance\\:shortfall tbody a"));
      expect(hr, "无有效执法资格，不得从事执法活动");
      hr.driver().findElement(By.cssSelector("a[href$='certificates']")).click();
      expect(hr, "没有有效的执法资格，不得从事执法活动");
      hr.screenshot("qualification-record-short");
    }
  }

  @Test
  void hrRecordsRenewsAndRevokesACertificateWithItsScan() throws IOException {
    String officer = ServerLog.policeNumberOf("officer");
    String number = Unique.code("B");
    Path scan = Files.createTempFile("scan", ".pdf");
    Files.write(scan, PDF);
    Path fake = Files.createTempFile("scan", ".pdf");
    Files.writeString(fake, "not a pdf", StandardCharsets.UTF_8);
    String scanLink;
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/qualification/certificates.xhtml");
      hr.driver().findElement(By.id("certificates:add")).click();
      hr.waitFor(By.id("certificates:officer_input"));
      pickSuggestion(hr, "certificates:officer", officer);
      hr.choose("certificates:type", "驾驶人考试员");
      hr.driver().findElement(By.id("certificates:number")).sendKeys(number);
      typeDate(hr, "certificates:issued_input", today.minusYears(3).plusDays(10));
      upload(hr, fake);
      expect(hr, "只接受 PDF、JPG 或 PNG 文件");
      upload(hr, scan);
      expect(hr, "已收到");
      hr.screenshot("qualification-certificate-form");
      hr.clickAndWaitForUpdate(By.id("certificates:saveCertificate"), By.id("certificates:table"));
      expect(hr, "证书 " + number + " 已保存");
      search(hr, number);
      // 3 years from the issue day: it expires in 9 days
      assertTrue(row(hr, number).contains("即将到期"), row(hr, number));
      assertTrue(row(hr, number).contains(today.plusDays(9).toString()), row(hr, number));
      scanLink = hr.driver().findElement(By.cssSelector("a.scan-link")).getAttribute("href");
      assertEquals("200 application/pdf", fetch(hr, scanLink));

      clickInRow(hr, number, "renew");
      hr.waitFor(By.id("certificates:number")).sendKeys(number + "N");
      typeDate(hr, "certificates:issued_input", today);
      hr.clickAndWaitForUpdate(By.id("certificates:saveCertificate"), By.id("certificates:table"));
      expect(hr, "证书 " + number + "N 已保存");
      search(hr, number);
      assertTrue(row(hr, number + "N").contains("有效"), hr.text());
      assertTrue(rowExactly(hr, number).contains("已换证"), hr.text());

      clickInRow(hr, number + "N", "revoke");
      hr.waitFor(By.id("certificates:reason")).sendKeys("违纪暂扣");
      hr.clickAndWaitForUpdate(By.id("certificates:confirmRevoke"), By.id("certificates:table"));
      expect(hr, "证书 " + number + "N 已吊销");
      search(hr, number);
      assertTrue(row(hr, number + "N").contains("已吊销"), hr.text());
      // certificates are counted as such, not as people
      assertTrue(hr.text().contains("1–2，共 2 条"), hr.text());
      hr.screenshot("qualification-certificates");
    }
    try (var trainer = new Browser(base.toString(), 1366, 768)) {
      trainer.logIn(ServerLog.policeNumberOf("trainer"), AsUser.PASSWORD);
      trainer.open("/index.xhtml");
      assertTrue(fetch(trainer, scanLink).startsWith("403"), "another officer's scan");
      assertTrue(fetch(trainer, scanLink.replaceAll("/\\d+$", "/abc")).startsWith("404"));
      trainer.open("/qualification/certificates.xhtml");
      assertTrue(trainer.text().contains("403") || trainer.text().contains("无权"), trainer.text());
    }
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(officer, AsUser.PASSWORD);
      phone.open("/index.xhtml");
      String record =
          phone
              .driver()
              .findElement(By.cssSelector("a[href*='personnel/officer.xhtml?id=']"))
              .getAttribute("href");
      phone.driver().get(record);
      phone.waitFor(By.cssSelector("a[href$='certificates']")).click();
      expect(phone, number + "N");
      assertEquals("200 application/pdf", fetch(phone, scanLink));
      phone.screenshot("qualification-record-phone");
    }
  }

  @Test
  void aWorkbookWithABadRowIsRefusedWithEveryBadRowListed() throws IOException {
    Path book = Files.createTempFile("certificates", ".xlsx");
    try (var workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(book)) {
      var sheet = workbook.createSheet();
      String[][] rows = {
        {"警号", "姓名", "证书类型", "证书编号", "发证日期", "有效期至"},
        {ServerLog.policeNumberOf("officer"), "", "机动车查验员", Unique.code("V"), "2024/3/5", ""},
        {ServerLog.policeNumberOf("officer"), "", "机动车查验员", Unique.code("V"), "2024-02-30", ""},
        {"999999", "", "潜水证", Unique.code("V"), "2024-01-01", ""},
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
    }
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/qualification/certificates.xhtml");
      hr.driver().findElement(By.cssSelector("#import input[type=file]")).sendKeys(book.toString());
      expect(hr, "文件中的证书均未导入");
      expect(hr, "第 3 行 发证日期");
      expect(hr, "第 4 行 警号");
      expect(hr, "第 4 行 证书类型");
      hr.screenshot("qualification-import-refused");
    }
  }

  @Test
  void hrNarrowsTheOfficerListToThoseWhoMayNotDoEnforcement() {
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/personnel/officers.xhtml");
      hr.choose("officers:mark", "无有效执法资格，不得从事执法活动");
      hr.clickAndWaitForUpdate(By.id("officers:doSearch"), By.id("officers:table"));
      var rows = hr.driver().findElements(By.cssSelector("#officers\\:table_data tr"));
      assertFalse(rows.isEmpty());
      assertTrue(rows.stream().allMatch(r -> r.getText().contains("不得执法")), hr.text());
      hr.screenshot("qualification-officers-may-not-enforce");
    }
  }

  @Test
  void adminKeepsTheCertificateTypesAndACountysHrOnlyReadsThem() {
    String code = "T_" + Unique.code("").substring(0, 8);
    try (var admin = new Browser(base.toString(), 1366, 768)) {
      admin.logIn(ServerLog.policeNumberOf("admin"), AsUser.PASSWORD);
      admin.open("/qualification/types.xhtml");
      admin.driver().findElement(By.id("types:add")).click();
      admin.waitFor(By.id("types:code")).sendKeys(code);
      admin.driver().findElement(By.id("types:nameZh")).sendKeys("测试证书" + code);
      admin.driver().findElement(By.id("types:nameEn")).sendKeys("Test certificate " + code);
      org.constable.it.Pages.type(admin, "types:validity_input", "2");
      admin.clickAndWaitForUpdate(By.id("types:save"), By.id("types:table"));
      expect(admin, "证书类型\"测试证书" + code + "\"已保存");
      new org.openqa.selenium.support.ui.WebDriverWait(
              admin.driver(), java.time.Duration.ofSeconds(10))
          .until(
              org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                  By.id("types:typeDialog")));
      assertTrue(admin.driver().findElement(By.id("types:table")).getText().contains(code));
      admin.driver().findElement(By.id("types:runAlerts")).click();
      expect(admin, "到期检查已完成");
      admin.screenshot("qualification-types");
      admin.open("/qualification/requirements.xhtml");
      expect(admin, "法制员");
      admin.driver().findElement(By.id("requirements:add")).click();
      admin.waitFor(By.id("requirements:requirementDialog"));
      admin.screenshot("qualification-requirements");
    }
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      // the check told the county's HR of its certificates near expiry: the header counts them
      assertTrue(hr.has("unreadCount"), hr.text());
      hr.clickAndWaitForNextPage(By.id("inboxLink"));
      expect(hr, "到期");
      hr.screenshot("qualification-expiry-inbox");
      hr.open("/qualification/types.xhtml");
      expect(hr, "基本级执法资格");
      assertFalse(hr.has("types:add"));
      hr.open("/qualification/requirements.xhtml");
      expect(hr, "法制员");
      assertFalse(hr.has("requirements:add"));
    }
  }

  private static void openRequirement(Browser hr, String subject) {
    hr.clickAndWaitForUpdate(
        By.xpath("//tr[contains(.,'" + subject + "')]//button[contains(@id,':open')]"),
        By.id("compliance:summary"));
  }

  private static WebElement shortUnit(Browser hr) {
    return hr.driver()
        .findElements(By.xpath("//tbody/tr[contains(.,'未达标')]//a[contains(@id,':down')]"))
        .get(0);
  }

  private static void upload(Browser b, Path file) {
    b.driver()
        .findElement(By.cssSelector("#certificates input[type=file]"))
        .sendKeys(file.toString());
  }

  private static void search(Browser hr, String text) {
    var box = hr.driver().findElement(By.id("certificates:text"));
    box.clear();
    box.sendKeys(text);
    hr.clickAndWaitForUpdate(By.id("certificates:doSearch"), By.id("certificates:table"));
  }

  private static String row(Browser b, String number) {
    return b.driver().findElement(By.xpath("//tbody/tr[contains(.,'" + number + "')]")).getText();
  }

  /** The row of exactly this number, not of a longer one that starts with it. */
  private static String rowExactly(Browser b, String number) {
    return b.driver().findElement(By.xpath(exactRow(number))).getText();
  }

  /**
   * A reflowing table's cells hold their column's title too: a row with the number, not its
   * renewal's.
   */
  private static String exactRow(String number) {
    return "//tbody/tr[td[contains(.,'"
        + number
        + "')] and not(td[contains(.,'"
        + number
        + "N')])]";
  }

  private static void clickInRow(Browser b, String number, String action) {
    b.driver()
        .findElement(By.xpath(exactRow(number) + "//button[contains(@id,':" + action + "')]"))
        .click();
  }
}
