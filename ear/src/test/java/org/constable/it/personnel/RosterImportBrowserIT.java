package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.ServerLog;
import org.constable.it.Unique;
import org.constable.personnel.OfficerInputParser;
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

/** City HR imports a roster in a real browser and finds the officers; a bad roster is listed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterImportBrowserIT {

  /** The city bureau's 政治部 in the demo force, inside city HR's scope. */
  private static final String UNIT = "150800010000";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void cityHrImportsARosterAndFindsAnImportedOfficer() throws IOException {
    int n = Unique.policeNumbers(base, 2);
    String second = String.valueOf(n + 1);
    Path roster = roster(List.of(row(n), row(n + 1)));
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open("/personnel/import.xhtml");
      upload(browser, roster);
      assertTrue(browser.waitForText("导入成功：新增 2 人，更新 0 人"), browser.text());
      browser.screenshot("roster-imported");

      browser.clickAndWaitForNextPage(By.id("roster:toOfficers"));
      search(browser, second);
      assertTrue(
          browser.waitFor(By.cssSelector("#officers\\:table tbody tr")).getText().contains(second),
          browser.text());
    } finally {
      Files.deleteIfExists(roster);
    }
  }

  @Test
  void aBrokenRosterIsListedByRowAndColumnAndNothingIsImported() throws IOException {
    int n = Unique.policeNumbers(base, 2);
    String[] badChecksum = row(n + 1);
    badChecksum[3] = badChecksum[3].substring(0, 17) + (badChecksum[3].endsWith("0") ? "1" : "0");
    Path roster = roster(List.of(row(n), badChecksum));
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open("/personnel/import.xhtml");
      upload(browser, roster);
      String errors = browser.waitFor(By.id("roster:errors")).getText();
      browser.screenshot("roster-rejected");
      assertTrue(errors.contains("身份证号"), errors);
      assertTrue(errors.contains("身份证号码校验位不正确，请核对"), errors);
      var cells =
          browser.driver().findElements(By.cssSelector("#roster\\:errors tbody tr td")).stream()
              .map(WebElement::getText)
              .toList();
      assertTrue(cells.contains("3"), cells.toString());
      assertTrue(browser.text().contains("未导入任何人员"), browser.text());

      browser.open("/personnel/officers.xhtml");
      search(browser, String.valueOf(n));
      assertTrue(browser.waitForText("没有记录"), "the good row was not imported either");
    } finally {
      Files.deleteIfExists(roster);
    }
  }

  /** A roster row in the template's column order, of a new officer. */
  private static String[] row(int policeNumber) {
    return new String[] {
      String.valueOf(policeNumber),
      "李娜",
      "蒙古族",
      Unique.idNumber(policeNumber),
      "2008-07-01",
      "2008-09-01",
      "RECRUITMENT",
      "POLICE",
      "",
      "JS2",
      "KY",
      "ZG",
      "NQ",
      "否",
      "ON_DUTY",
      "MASTER",
      "13904780000",
      UNIT
    };
  }

  /** An .xlsx roster headed by the field codes, which the import accepts as column labels. */
  private static Path roster(List<String[]> rows) throws IOException {
    Path file = Files.createTempFile("roster-", ".xlsx");
    try (var workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("名册");
      List<String> fields = OfficerInputParser.FIELDS;
      Row header = sheet.createRow(0);
      for (int c = 0; c < fields.size(); c++) {
        header.createCell(c).setCellValue(fields.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        String[] values = rows.get(r);
        for (int c = 0; c < values.length; c++) {
          row.createCell(c).setCellValue(values[c]);
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
