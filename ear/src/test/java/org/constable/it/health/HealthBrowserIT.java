package org.constable.it.health;

import static org.constable.it.Pages.downloadBytes;
import static org.constable.it.Pages.expect;
import static org.constable.it.Pages.type;
import static org.constable.it.Pages.typeDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.Pages;
import org.constable.it.ServerLog;
import org.constable.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The health pages as their users take them: the health administrator adds a check on an officer's
 * record and removes it after a confirmation, drills from the report's counts to the names and
 * exports them, imports a workbook (a broken one refused row by row, a good one previewed,
 * cancelled, then saved); HR without the health permission sees counts and no names; the officer
 * reads its own archive on its phone.
 */
@ExtendWith(ArquillianExtension.class)
class HealthBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void theHealthAdministratorAddsACheckOnTheRecordAndRemovesIt() {
    String officer = countyOfficer(2);
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("health"), AsUser.PASSWORD);
      hr.open("/personnel/officer.xhtml?id=" + officer);
      hr.driver().findElement(By.linkText("健康档案")).click();
      hr.waitFor(By.id("officer:tabs:hcInstitution"));
      expect(hr, "健康档案属敏感个人信息");

      // nothing typed: every required field says so, nothing is saved
      hr.driver().findElement(By.id("officer:tabs:addHealthCheck")).click();
      expect(hr, "请填写体检日期");
      expect(hr, "请填写体检机构");

      LocalDate day = today.minusDays(1);
      for (int tries = 0; tries < 10; tries++, day = day.minusDays(1)) {
        typeDate(hr, "officer:tabs:hcDay_input", day);
        type(hr, "officer:tabs:hcInstitution", "巴彦淖尔市医院体检中心");
        hr.choose("officer:tabs:hcConclusion", "异常需复查");
        tick(hr, "officer:tabs:hcConditions", "高血压");
        type(hr, "officer:tabs:hcFindings", "血压 150/95");
        typeDate(hr, "officer:tabs:hcFollowUp_input", day.plusMonths(3));
        hr.driver().findElement(By.id("officer:tabs:addHealthCheck")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(
                hr.driver(), java.time.Duration.ofSeconds(20))
            .until(d -> hr.text().contains("体检记录已保存") || hr.text().contains("已有一次体检记录"));
        if (hr.text().contains("体检记录已保存")) {
          break;
        }
        assertTrue(hr.text().contains("已有一次体检记录"), hr.text());
      }
      String added = day.toString();
      String checks = hr.waitFor(By.id("officer:tabs:healthChecks")).getText();
      assertTrue(checks.contains(added) && checks.contains("巴彦淖尔市医院体检中心"), checks);
      assertTrue(checks.contains("高血压") && checks.contains("异常需复查"), checks);
      assertTrue(
          hr.driver().findElement(By.id("officer:tabs:healthTrend")).getText().contains("高血压"));
      hr.screenshot("health-record-tab");

      // removed after a confirmation: no keeps it, yes removes it
      removeButton(hr, added).click();
      Pages.confirm(hr, "officer", false);
      assertTrue(hr.waitFor(By.id("officer:tabs:healthChecks")).getText().contains("巴彦淖尔市医院体检中心"));
      removeButton(hr, added).click();
      Pages.confirm(hr, "officer", true);
      expect(hr, "体检记录已删除");
      assertFalse(
          hr.waitFor(By.id("officer:tabs:healthChecks")).getText().contains("巴彦淖尔市医院体检中心"),
          hr.text());
    }
  }

  @Test
  void theReportDrillsToNamesForTheHealthAdministratorAndShowsCountsOnlyToHr() throws IOException {
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("health"), AsUser.PASSWORD);
      hr.open("/health/report.xhtml");
      expect(hr, "体检覆盖与慢性病");
      assertFalse(hr.has("report:countsOnly"), "the health administrator sees names");
      var link = hr.waitFor(By.cssSelector("a[id$=':overdueNames']"));
      String count = link.getText();
      hr.clickAndWaitForUpdate(By.id(link.getAttribute("id")), By.id("report:drill"));
      expect(hr, "逾期未体检人员");
      expect(hr, "本名单的查看和导出已记入审计日志");
      hr.screenshot("health-report-named");
      int rows = hr.driver().findElements(By.cssSelector("#report\\:named_data tr")).size();
      assertEquals(Math.min(20, Integer.parseInt(count)), rows, hr.text());
      try (var book =
          new XSSFWorkbook(new ByteArrayInputStream(downloadBytes(hr, "report:exportNamed")))) {
        var sheet = book.getSheetAt(0);
        var text = new DataFormatter();
        String all = sheetText(sheet, text);
        assertTrue(all.contains("警号"), all);
        long numbers = Pattern.compile("\\b\\d{6}\\b").matcher(all).results().count();
        assertEquals(Integer.parseInt(count), numbers, "every overdue officer of the unit: " + all);
      }
      try (var book =
          new XSSFWorkbook(new ByteArrayInputStream(downloadBytes(hr, "report:exportCounts")))) {
        assertTrue(book.getSheetAt(0).getPhysicalNumberOfRows() > 2);
      }
      hr.driver().findElement(By.id("report:closeDrill")).click();
      new org.openqa.selenium.support.ui.WebDriverWait(
              hr.driver(), java.time.Duration.ofSeconds(20))
          .until(d -> d.findElements(By.id("report:drillTitle")).isEmpty());
    }
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/health/report.xhtml");
      expect(hr, "只能看到人数，看不到姓名");
      assertTrue(hr.driver().findElements(By.cssSelector("a[id$=':overdueNames']")).isEmpty());
      assertTrue(hr.driver().findElements(By.cssSelector("a[id$=':conditionNames']")).isEmpty());
      assertFalse(hr.text().contains("五原县"), "the county's units only");
      hr.screenshot("health-report-counts-only");
      hr.open("/health/import.xhtml");
      expect(hr, "无权访问");
    }
  }

  @Test
  void aWorkbookIsRefusedRowByRowThenPreviewedCancelledAndSaved() throws IOException {
    String first = policeNumberOf(7);
    String second = policeNumberOf(8);
    // days in the future are refused, so far-back days that the demo (3 years) never filled
    String day = today.minusYears(6).withDayOfYear(100).toString();
    Path broken =
        workbook(
            new String[] {first, "", "", day, "市体检中心", "正常", "", "", ""},
            new String[] {"999999", "", "", day, "市体检中心", "正常", "", "", ""},
            new String[] {second, "", "", "2020.02.30", "市体检中心", "无此结论", "", "口腔溃疡", ""});
    Path good =
        workbook(
            new String[] {first, "", "", day, "市体检中心", "正常", "", "", ""},
            new String[] {
              second, "", "", day.replace("-", ""), "市体检中心", "基本正常", "血糖偏高", "糖尿病、高血脂", ""
            });
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("health"), AsUser.PASSWORD);
      hr.open("/health/import.xhtml");
      upload(hr, broken);
      expect(hr, "未保存任何记录");
      expect(hr, "第3行“警号”");
      expect(hr, "第4行“体检日期”");
      expect(hr, "第4行“体检结论”");
      expect(hr, "第4行“慢性病”");
      hr.screenshot("health-import-refused");

      upload(hr, good);
      expect(hr, "共2行检查无误");
      String preview = hr.waitFor(By.id("import:previewTable")).getText();
      assertTrue(preview.contains("糖尿病") && preview.contains("高血脂"), preview);
      hr.screenshot("health-import-preview");
      hr.clickAndWaitForUpdate(By.id("import:cancel"), By.id("import:result"));
      expect(hr, "已放弃导入");

      upload(hr, good);
      expect(hr, "共2行检查无误");
      hr.clickAndWaitForUpdate(By.id("import:commit"), By.id("import:result"));
      expect(hr, "已保存2条体检记录");

      // the same workbook again: those days are taken now, and nothing more is saved
      upload(hr, good);
      expect(hr, "已有一次体检记录");
    }
  }

  @Test
  void theOfficerReadsItsOwnArchiveOnItsPhone() {
    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      phone.open("/health/mine.xhtml");
      expect(phone, "我的健康档案");
      expect(phone, "健康档案属敏感个人信息");
      String checks = phone.waitFor(By.id("mine:healthChecks")).getText();
      assertTrue(checks.contains("高血压"), "the demo officer's hypertension: " + checks);
      assertTrue(phone.has("mine:healthTrend"), phone.text());
      assertFalse(
          phone.driver().findElements(By.cssSelector("[id$='removeHealthCheck']")).size() > 0);
      phone.screenshot("health-mine-phone");
      phone.open("/health/report.xhtml");
      expect(phone, "无权访问");
    }
  }

  private String countyOfficer(int n) {
    return Pages.officerOfUnit(base, "临河区公安分局", n)[0];
  }

  private String policeNumberOf(int n) {
    return Pages.officerOfUnit(base, "临河区公安分局", n)[1];
  }

  private static Path workbook(String[]... rows) throws IOException {
    Path book = Files.createTempFile("health", ".xlsx");
    try (var workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(book)) {
      var sheet = workbook.createSheet();
      String[] header = {"警号", "身份证号", "姓名", "体检日期", "体检机构", "体检结论", "主要异常", "慢性病", "复查日期"};
      var head = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        head.createCell(c).setCellValue(header[c]);
      }
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
    }
    return book;
  }

  private static void upload(Browser b, Path file) {
    b.driver().findElement(By.cssSelector("#import input[type=file]")).sendKeys(file.toString());
  }

  /** Ticks one entry of a checkbox menu and closes it. */
  private static void tick(Browser b, String menuId, String label) {
    String css = "#" + menuId.replace(":", "\\:");
    b.driver().findElement(By.cssSelector(css + " .ui-selectcheckboxmenu-trigger")).click();
    var item =
        b.waitFor(
            By.xpath(
                "//div[@id='"
                    + menuId
                    + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')][.//label[text()='"
                    + label
                    + "']]"));
    if (!item.getAttribute("class").contains("ui-selectcheckboxmenu-checked")) {
      item.findElement(By.cssSelector(".ui-chkbox-box")).click();
    }
    b.driver().findElement(By.cssSelector(css + "_panel .ui-selectcheckboxmenu-close")).click();
  }

  private static org.openqa.selenium.WebElement removeButton(Browser b, String day) {
    return b.waitFor(
        By.xpath(
            "//*[@id='officer:tabs:healthChecks']//tr[td[contains(.,'"
                + day
                + "')]]//button[contains(@id,'removeHealthCheck')]"));
  }

  private static String sheetText(org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter text) {
    StringBuilder all = new StringBuilder();
    for (var row : sheet) {
      for (var cell : row) {
        all.append(text.formatCellValue(cell)).append(' ');
      }
      all.append('\n');
    }
    return all.toString();
  }
}
