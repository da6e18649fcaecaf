package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.Pages;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * HR imports a roster as a clerk writes it (Chinese labels, dates as Excel writes them, units by
 * name), sees what it would do, and confirms or cancels; a bad roster comes back marked; an
 * exported roster imports again unchanged; every import is in the import log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterImportBrowserIT {

  /** The template's Chinese headers, in its column order. */
  private static final List<String> HEADER =
      List.of(
          "警号",
          "姓名",
          "民族",
          "身份证号",
          "政治面貌",
          "入党时间",
          "籍贯",
          "出生地",
          "参加工作时间",
          "参加公安工作时间",
          "入警途径",
          "人员类别",
          "着装编号",
          "警衔",
          "职级",
          "警种",
          "岗位",
          "是否一线",
          "状态",
          "学历",
          "联系电话",
          "单位");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void cityHrImportsChineseLabelsAndExcelDatesAfterAPreview() throws IOException {
    int n = Unique.policeNumbers(base, 2);
    List<Object> first = row(n, "临河区公安分局 / 刑侦大队");
    first.set(HEADER.indexOf("参加工作时间"), LocalDate.of(2008, 7, 1)); // a date cell
    first.set(HEADER.indexOf("参加公安工作时间"), "2008/9/1");
    List<Object> second = row(n + 1, "政治部");
    second.set(HEADER.indexOf("参加工作时间"), "20100701");
    second.set(HEADER.indexOf("参加公安工作时间"), "2010.09.01");
    Path roster = roster(List.of(first, second));
    try (var browser = hrCity()) {
      upload(browser, roster);
      assertTrue(browser.waitForText("将新增 2 人、更新 0 人，另有 0 人无变化"), browser.text());
      browser.screenshot("roster-preview-new");
      assertFalse(browser.text().contains("导入成功"), "nothing is saved before the confirmation");

      browser.driver().findElement(By.id("roster:confirm")).click();
      assertTrue(browser.waitForText("导入成功：新增 2 人，更新 0 人"), browser.text());
      String log = browser.waitFor(By.id("log:imports")).getText();
      assertTrue(log.contains(roster.getFileName().toString()) && log.contains("已导入"), log);

      browser.clickAndWaitForNextPage(By.id("roster:toOfficers"));
      search(browser, String.valueOf(n));
      String found = browser.waitFor(By.cssSelector("#officers\\:table tbody tr")).getText();
      assertTrue(found.contains("刑侦大队"), found);
      browser.open("/personnel/officers.xhtml");
      search(browser, String.valueOf(n + 1));
      found = browser.waitFor(By.cssSelector("#officers\\:table tbody tr")).getText();
      assertTrue(found.contains("政治部"), found);
    } finally {
      Files.deleteIfExists(roster);
    }
  }

  @Test
  void anUpdateIsPreviewedFieldByFieldAndCancellingChangesNothing() throws IOException {
    int n = Unique.policeNumbers(base, 1);
    Path created = roster(List.of(row(n, "政治部")));
    List<Object> changed = row(n, "政治部");
    changed.set(HEADER.indexOf("状态"), "病休");
    changed.set(HEADER.indexOf("籍贯"), "内蒙古包头");
    Path update = roster(List.of(changed));
    try (var browser = hrCity()) {
      upload(browser, created);
      assertTrue(browser.waitForText("将新增 1 人"), browser.text());
      browser.driver().findElement(By.id("roster:confirm")).click();
      assertTrue(browser.waitForText("导入成功：新增 1 人，更新 0 人"), browser.text());

      upload(browser, update);
      assertTrue(browser.waitForText("将新增 0 人、更新 1 人，另有 0 人无变化"), browser.text());
      List<String> changes = cells("roster:changes", browser);
      browser.screenshot("roster-preview-changes");
      assertTrue(changes.containsAll(List.of("状态", "在岗", "病休", "籍贯", "内蒙古包头")), changes.toString());
      assertFalse(changes.contains("姓名"), "an unchanged field is not listed: " + changes);

      browser.driver().findElement(By.id("roster:cancel")).click();
      assertTrue(browser.waitForText("已取消，未导入任何人员"), browser.text());
      assertTrue(browser.waitFor(By.id("log:imports")).getText().contains("已取消"));

      upload(browser, update);
      assertTrue(browser.waitForText("将新增 0 人、更新 1 人"), "the cancelled change was not saved");
    } finally {
      Files.deleteIfExists(created);
      Files.deleteIfExists(update);
    }
  }

  @Test
  void aBrokenRosterIsListedAndComesBackMarkedAndNothingIsImported() throws IOException {
    int n = Unique.policeNumbers(base, 3);
    List<Object> badChecksum = row(n + 1, "政治部");
    String id = Unique.idNumber(n + 1);
    badChecksum.set(3, id.substring(0, 17) + (id.endsWith("0") ? "1" : "0"));
    List<Object> ambiguous = row(n + 2, "刑侦大队");
    Path roster = roster(List.of(row(n, "政治部"), badChecksum, ambiguous));
    try (var browser = hrCity()) {
      upload(browser, roster);
      String errors = browser.waitFor(By.id("roster:errors")).getText();
      browser.screenshot("roster-rejected");
      assertTrue(errors.contains("身份证号码校验位不正确，请核对"), errors);
      assertTrue(errors.contains("名为“刑侦大队”的单位不止一个"), errors);
      assertTrue(browser.text().contains("未导入任何人员"), browser.text());
      assertTrue(browser.waitFor(By.id("log:imports")).getText().contains("有误，未导入"));

      byte[] marked = Pages.downloadBytes(browser, "roster:downloadErrors");
      try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(marked))) {
        Sheet sheet = workbook.getSheetAt(0);
        var text = new DataFormatter();
        int errorColumn = HEADER.size();
        assertEquals("错误说明", text.formatCellValue(sheet.getRow(0).getCell(errorColumn)));
        assertEquals("", text.formatCellValue(sheet.getRow(1).getCell(errorColumn)));
        assertTrue(text.formatCellValue(sheet.getRow(2).getCell(errorColumn)).startsWith("身份证号："));
        assertTrue(text.formatCellValue(sheet.getRow(3).getCell(errorColumn)).contains("刑侦大队"));
        assertEquals(String.valueOf(n + 2), text.formatCellValue(sheet.getRow(3).getCell(0)));
      }

      browser.open("/personnel/officers.xhtml");
      search(browser, String.valueOf(n));
      assertTrue(browser.waitForText("没有记录"), "the good row was not imported either");
    } finally {
      Files.deleteIfExists(roster);
    }
  }

  @Test
  void anExportedRosterImportsAgainAsItIsAndOneCorrectionShowsAsOneUpdate() throws IOException {
    int n = Unique.policeNumbers(base, 1);
    Path created = roster(List.of(row(n, "临河区公安分局 / 刑侦大队")));
    Path exported = Files.createTempFile("exported-", ".xlsx");
    try (var browser = hrCity()) {
      upload(browser, created);
      assertTrue(browser.waitForText("将新增 1 人"), browser.text());
      browser.driver().findElement(By.id("roster:confirm")).click();
      assertTrue(browser.waitForText("导入成功"), browser.text());

      browser.open("/personnel/officers.xhtml");
      search(browser, String.valueOf(n));
      byte[] export = Pages.downloadBytes(browser, "export:exportRoster");
      try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
        Sheet sheet = workbook.getSheetAt(0);
        var text = new DataFormatter();
        assertTrue(text.formatCellValue(sheet.getRow(0).getCell(0)).startsWith("民警名册"));
        assertTrue(text.formatCellValue(sheet.getRow(1).getCell(0)).contains("共 1 人"));
        assertEquals(HEADER, header(sheet.getRow(2)));
        Row officer = sheet.getRow(3);
        assertEquals(String.valueOf(n), text.formatCellValue(officer.getCell(0)));
        assertTrue(text.formatCellValue(officer.getCell(3)).contains("*"), "the ID number masked");
        assertEquals("在岗", text.formatCellValue(officer.getCell(HEADER.indexOf("状态"))));
        assertEquals("临河区公安分局 / 刑侦大队", text.formatCellValue(officer.getCell(HEADER.indexOf("单位"))));
        Files.write(exported, export);
        browser.open("/personnel/import.xhtml");
        upload(browser, exported);
        expect(browser, "将新增 0 人、更新 0 人，另有 1 人无变化");
        assertTrue(browser.text().contains("没有需要导入的变化"), browser.text());
        assertFalse(browser.has("roster:confirm"), "nothing to confirm");

        officer.getCell(HEADER.indexOf("学历")).setCellValue("硕士研究生");
        try (OutputStream out = Files.newOutputStream(exported)) {
          workbook.write(out);
        }
      }
      browser.driver().findElement(By.id("roster:cancel")).click();
      upload(browser, exported);
      expect(browser, "将新增 0 人、更新 1 人，另有 0 人无变化");
      List<String> changes = cells("roster:changes", browser);
      assertTrue(changes.containsAll(List.of("学历", "大学本科", "硕士研究生")), changes.toString());
      browser.driver().findElement(By.id("roster:confirm")).click();
      assertTrue(browser.waitForText("导入成功：新增 0 人，更新 1 人"), browser.text());
    } finally {
      Files.deleteIfExists(created);
      Files.deleteIfExists(exported);
    }
  }

  @Test
  void theTemplateHasChineseHeadersAnExampleRowAndDropDowns() throws IOException {
    try (var browser = hrCity()) {
      byte[] template = Pages.downloadBytes(browser, "template:downloadTemplate");
      try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
        var sheet = workbook.getSheetAt(0);
        assertEquals(HEADER, header(sheet.getRow(0)));
        assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("示例"));
        assertTrue(sheet.getDataValidations().size() >= 10, "drop-downs on the choice columns");
        assertEquals("可填代码", workbook.getSheetName(1));
      }
    }
  }

  /** Waits for the text; on a timeout, fails with what the page says and a screenshot. */
  private static void expect(Browser browser, String text) {
    try {
      browser.waitForText(text);
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("roster-expect-failed");
      org.junit.jupiter.api.Assertions.fail("no \"" + text + "\" in: " + browser.text());
    }
  }

  private Browser hrCity() {
    var browser = new Browser(base.toString(), 1366, 768);
    browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
    browser.open("/personnel/import.xhtml");
    return browser;
  }

  /** A new officer's row as a clerk types it: labels, not codes. */
  private static List<Object> row(int policeNumber, String unit) {
    return new ArrayList<>(
        List.of(
            String.valueOf(policeNumber),
            "李娜",
            "蒙古族",
            Unique.idNumber(policeNumber),
            "中共党员",
            LocalDate.of(2012, 7, 1),
            "内蒙古巴彦淖尔",
            "内蒙古临河",
            "2008-07-01",
            "2008-09-01",
            "招录",
            "民警",
            "",
            "一级警司",
            "科员",
            "治安",
            "法制员",
            "否",
            "在岗",
            "大学本科",
            "13904780000",
            unit));
  }

  private static List<String> header(Row row) {
    var text = new DataFormatter();
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      cells.add(text.formatCellValue(row.getCell(c)));
    }
    return cells;
  }

  /** An .xlsx roster under the template's Chinese headers; a LocalDate becomes a date cell. */
  private static Path roster(List<List<Object>> rows) throws IOException {
    Path file = Files.createTempFile("名册-", ".xlsx");
    try (var workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("名册");
      var date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          if (values.get(c) instanceof LocalDate day) {
            row.createCell(c).setCellValue(day);
            row.getCell(c).setCellStyle(date);
          } else {
            row.createCell(c).setCellValue(String.valueOf(values.get(c)));
          }
        }
      }
      workbook.write(out);
    }
    return file;
  }

  // the file input of an automatic upload: choosing the file starts the upload
  private static void upload(Browser browser, Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#roster input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  private static List<String> cells(String tableId, Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr td"))
        .stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  private static void search(Browser browser, String text) {
    var field = browser.driver().findElement(By.id("officers:text"));
    field.clear();
    field.sendKeys(text);
    browser.driver().findElement(By.id("officers:doSearch")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.id("officers:table")).getText().contains(text)
                    || d.findElement(By.id("officers:table")).getText().contains("没有记录"));
  }
}
