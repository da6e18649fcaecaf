package org.constable.it.education;

import static org.constable.it.Pages.downloadBytes;
import static org.constable.it.Pages.expect;
import static org.constable.it.Pages.fetch;
import static org.constable.it.Pages.pickSuggestion;
import static org.constable.it.Pages.type;
import static org.constable.it.Pages.typeDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.Pages;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A tuition claim from filing to payment as its people do it: the officer registers a bachelor's
 * programme on its phone, records the degree, sees the share the policy gives and why, uploads its
 * receipt (a fake one refused) and files; HR of its county approves it and records the payment by
 * the county bureau's budget; the officer sees it paid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EducationBrowserIT {

  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void theOfficerFilesHrApprovesAndPaysTheOfficerSeesItPaid() throws IOException {
    String school = "内蒙古大学" + Unique.code("S");
    // a tuition of its own, so that the desk's row is this claim's
    BigDecimal tuition =
        new BigDecimal(10000 + System.currentTimeMillis() % 9000).add(new BigDecimal("0.33"));
    String share = yuan(tuition.multiply(new BigDecimal("0.7")).setScale(2, RoundingMode.HALF_UP));
    Path receipt = Files.createTempFile("receipt", ".pdf");
    Files.write(receipt, PDF);
    Path fake = Files.createTempFile("receipt", ".pdf");
    Files.writeString(fake, "not a pdf", StandardCharsets.UTF_8);

    try (var phone = new Browser(base.toString(), 390, 844)) {
      phone.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      phone.open("/education/mine.xhtml");
      expect(phone, "登记学历提升");
      phone.choose("mine:programme", "本科");
      phone.driver().findElement(By.id("mine:school")).sendKeys(school);
      phone.driver().findElement(By.id("mine:major")).sendKeys("法学");
      phone.choose("mine:studyMode", "在职");
      typeDate(phone, "mine:start_input", today.minusYears(3));
      typeDate(phone, "mine:end_input", today.minusDays(1));
      type(phone, "mine:tuition_input", tuition.toPlainString());
      phone.clickAndWaitForUpdate(By.id("mine:registerEnrolment"), By.id("mine:enrolments"));
      expect(phone, "学历提升已登记");
      phone.screenshot("education-mine-registered-phone");

      clickInRow(phone, "mine:enrolments", school, "end");
      phone.waitFor(By.id("mine:outcome"));
      phone.choose("mine:outcome", "取得毕业证和学位");
      typeDate(phone, "mine:outcomeDate_input", today);
      phone.clickAndWaitForUpdate(By.id("mine:saveOutcome"), By.id("mine:enrolments"));
      expect(phone, "学习结果已保存");

      clickInRow(phone, "mine:enrolments", school, "claim");
      expect(phone, "按政策可报销 70%，即 " + share + " 元");
      expect(phone, "取得国家承认的学位");
      upload(phone, fake);
      expect(phone, "只接受 PDF、JPG 或 PNG 文件");
      upload(phone, receipt);
      expect(phone, "已收到票据");
      phone.screenshot("education-claim-phone");
      phone.clickAndWaitForUpdate(By.id("mine:fileClaim"), By.id("mine:claims"));
      expect(phone, "报销申请已提交");
      assertTrue(row(phone, "mine:claims", yuan(tuition)).contains("已提交"), phone.text());
    }

    String officerNumber = ServerLog.policeNumberOf("officer");
    String othersReceipt;
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/education/claims.xhtml");
      expect(hr, yuan(tuition));
      String filed = row(hr, "desk:table", yuan(tuition));
      assertTrue(filed.contains("70%：" + share + " 元"), filed);
      assertEquals(
          "200 application/pdf",
          fetch(
              hr,
              rowElement(hr, "desk:table", yuan(tuition))
                  .findElement(By.cssSelector("a.receipt-link"))
                  .getAttribute("href")));
      hr.screenshot("education-desk-filed");
      clickInRow(hr, "desk:table", yuan(tuition), "approve");
      expect(hr, "的申请已核准");

      hr.choose("desk:state", "已核准");
      expect(hr, yuan(tuition));
      clickInRow(hr, "desk:table", yuan(tuition), "pay");
      hr.waitFor(By.id("desk:payingUnit_input"));
      pickSuggestion(hr, "desk:payingUnit", "临河区公安分局");
      hr.screenshot("education-desk-payment");
      hr.clickAndWaitForUpdate(By.id("desk:confirmPaid"), By.id("desk:table"));
      expect(hr, "的报销已支付");

      hr.choose("desk:state", "已支付");
      expect(hr, yuan(tuition));
      String paid = row(hr, "desk:table", yuan(tuition));
      assertTrue(paid.contains("已支付"), paid);
      assertTrue(paid.contains("临河区公安分局"), paid);
      othersReceipt =
          hr.driver().findElements(By.cssSelector("#desk\\:table tbody tr")).stream()
              .filter(r -> !r.getText().contains(officerNumber))
              .findFirst()
              .orElseThrow()
              .findElement(By.cssSelector("a.receipt-link"))
              .getAttribute("href");
      hr.screenshot("education-desk-paid");
      try (var workbook =
          new XSSFWorkbook(new ByteArrayInputStream(downloadBytes(hr, "desk:export")))) {
        var sheet = workbook.getSheetAt(0);
        assertEquals("民警", sheet.getRow(0).getCell(0).getStringCellValue());
        boolean found = false;
        for (var row : sheet) {
          found |=
              row.getCell(6) != null
                  && row.getCell(6).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                  && tuition.compareTo(
                          BigDecimal.valueOf(row.getCell(6).getNumericCellValue())
                              .setScale(2, RoundingMode.HALF_UP))
                      == 0;
        }
        assertTrue(found, "the paid claim in the workbook");
      }

      hr.open("/education/report.xhtml");
      expect(hr, "各年度、各单位报销申请及金额");
      hr.screenshot("education-report");
    }

    try (var officer = new Browser(base.toString(), 1366, 768)) {
      officer.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      officer.open("/education/mine.xhtml");
      String mine = row(officer, "mine:claims", yuan(tuition));
      assertTrue(mine.contains("已支付"), mine);
      assertTrue(mine.contains("支付 " + share + " 元"), mine);
      officer.screenshot("education-mine-paid");
      // another officer's receipt by a hand-edited link, and a made-up one
      String refused = fetch(officer, othersReceipt);
      assertTrue(refused.startsWith("403") || refused.startsWith("404"), refused);
      String madeUp = othersReceipt.replaceAll("/receipt/\\d+$", "/receipt/999999999");
      assertTrue(fetch(officer, madeUp).startsWith("404"), madeUp);
      officer.open("/education/claims.xhtml");
      expect(officer, "无权访问");
    }
  }

  @Test
  void theRegisterWarnsOfTheGradeGateAndSavesWithAReason() {
    String policeNumber = String.valueOf(Unique.policeNumbers(base, 1));
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      hr.open("/personnel/officer-edit.xhtml");
      field(hr, "policeNumber", policeNumber);
      field(hr, "name", "王学历");
      field(hr, "idNumber", Unique.idNumber(Integer.parseInt(policeNumber)));
      pickSuggestion(hr, "edit:unitCode", "临河区公安分局");
      field(hr, "firstEmploymentDate", "2003-07-01");
      field(hr, "policeJoinDate", "2003-07-01");
      new Select(hr.driver().findElement(By.id("edit:gradeCode_input"))).selectByValue("FKJ");
      new Select(hr.driver().findElement(By.id("edit:education_input")))
          .selectByValue("HIGH_SCHOOL");
      hr.clickAndWaitForNextPage(By.id("edit:save"));
      expect(hr, "专科以下学历原则上不予解决副科级以上职级待遇");
      hr.screenshot("education-grade-gate");
      hr.driver().findElement(By.id("edit:gradeGateReason")).sendKeys("经市局党委研究同意");
      hr.clickAndWaitForNextPage(By.id("edit:save"));
      assertTrue(hr.driver().getCurrentUrl().contains("/personnel/officer.xhtml?id="), hr.text());
      assertEquals(policeNumber, hr.driver().findElement(By.id("policeNumber")).getText());
      // the record flags it
      expect(hr, "专科以下学历任副科级以上职级");
      String recordUrl = hr.driver().getCurrentUrl();

      // an associate diploma in the education tab: the register's level follows, the flag goes
      hr.driver().findElement(By.linkText("学历")).click();
      hr.waitFor(By.id("officer:tabs:eduSchool"));
      new Select(hr.driver().findElement(By.id("officer:tabs:eduLevel_input")))
          .selectByValue("ASSOCIATE");
      type(hr, "officer:tabs:eduSchool", "河套学院");
      type(hr, "officer:tabs:eduMajor", "法律事务");
      new Select(hr.driver().findElement(By.id("officer:tabs:eduMode_input")))
          .selectByValue("PART_TIME");
      typeDate(hr, "officer:tabs:eduStart_input", today.minusYears(3));
      typeDate(hr, "officer:tabs:eduGraduated_input", today.minusDays(1));
      hr.driver().findElement(By.id("officer:tabs:addEducationRecord")).click();
      assertTrue(hr.waitForText("学历记录已保存"), hr.text());
      assertTrue(
          hr.waitFor(By.id("officer:tabs:educationRecords")).getText().contains("河套学院"), hr.text());
      hr.screenshot("education-record-tab");
      hr.open(recordUrl.substring(recordUrl.indexOf("/personnel/")));
      assertEquals("大专", hr.driver().findElement(By.id("education")).getText());
      assertFalse(hr.text().contains("专科以下学历任副科级以上职级"), hr.text());

      // removed again, after a confirmation: the level stays as the register last had it
      hr.driver().findElement(By.linkText("学历")).click();
      hr.waitFor(By.cssSelector("[id$='removeEducationRecord']")).click();
      Pages.confirm(hr, "officer", false);
      assertTrue(
          hr.waitFor(By.id("officer:tabs:educationRecords")).getText().contains("河套学院"),
          "answering no keeps the record");
      hr.driver().findElement(By.cssSelector("[id$='removeEducationRecord']")).click();
      Pages.confirm(hr, "officer", true);
      try {
        hr.waitForText("学历记录已删除");
      } catch (org.openqa.selenium.TimeoutException e) {
        hr.screenshot("education-record-remove-failed");
        throw new AssertionError(hr.text(), e);
      }
      assertTrue(hr.waitForText("尚无学历记录"), hr.text());
    }
  }

  @Test
  void hrRaisesTheAwardsFromCertificatesAndByHandApprovesOneAndPaysIt() {
    try (var hr = new Browser(base.toString(), 1366, 768)) {
      hr.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      hr.open("/education/awards.xhtml");
      hr.clickAndWaitForUpdate(By.id("awards:fromCertificates"), By.id("awards:table"));
      expect(hr, "项奖励");

      // by hand for the demo officer: raised now, or refused as its second award; either way it
      // has one afterwards
      String officer = ServerLog.policeNumberOf("officer");
      pickSuggestion(hr, "awards:officer", officer);
      typeDate(hr, "awards:passedOn_input", LocalDate.now(ClockProducer.ZONE).minusMonths(1));
      hr.clickAndWaitForUpdate(By.id("awards:raise"), By.id("awards:table"));
      String answer = hr.text();
      assertTrue(answer.contains("的奖励已登记") || answer.contains("每人只奖励一次"), answer);

      WebElement raised =
          hr.driver().findElements(By.cssSelector("#awards\\:table tbody tr")).stream()
              .filter(r -> !r.findElements(By.cssSelector("button[id$=':approve']")).isEmpty())
              .findFirst()
              .orElseThrow(() -> new AssertionError("no award to approve:\n" + hr.text()));
      var number = java.util.regex.Pattern.compile("(\\d{6}) · ").matcher(raised.getText());
      assertTrue(number.find(), raised.getText());
      String policeNumber = number.group(1);
      assertTrue(raised.getText().contains("待核准"), raised.getText());
      raised.findElement(By.cssSelector("button[id$=':approve']")).click();
      expect(hr, "的奖励已核准");
      assertTrue(row(hr, "awards:table", policeNumber).contains("已核准"));

      clickInRow(hr, "awards:table", policeNumber, "pay");
      hr.waitFor(By.id("awards:payingUnit_input"));
      pickSuggestion(hr, "awards:payingUnit", "临河区公安分局");
      hr.clickAndWaitForUpdate(By.id("awards:confirmPaid"), By.id("awards:table"));
      expect(hr, "的奖励已发放");
      String paid = row(hr, "awards:table", policeNumber);
      assertTrue(paid.contains("已发放") && paid.contains("临河区公安分局"), paid);
      hr.screenshot("education-awards-paid");

      hr.open("/education/deadline.xhtml");
      expect(hr, "专科");
      hr.screenshot("education-deadline");
    }
  }

  private static void field(Browser b, String field, String value) {
    var input = b.driver().findElement(By.id("edit:" + field));
    input.clear();
    input.sendKeys(value);
  }

  private static String yuan(BigDecimal amount) {
    return new DecimalFormat("#,##0.00").format(amount);
  }

  private static void upload(Browser b, Path file) {
    b.driver().findElement(By.cssSelector("#mine input[type=file]")).sendKeys(file.toString());
  }

  private static WebElement rowElement(Browser b, String tableId, String text) {
    return b
        .driver()
        .findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr"))
        .stream()
        .filter(r -> r.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in:\n" + b.text()));
  }

  private static String row(Browser b, String tableId, String text) {
    return rowElement(b, tableId, text).getText();
  }

  private static void clickInRow(Browser b, String tableId, String text, String button) {
    rowElement(b, tableId, text)
        .findElement(By.cssSelector("button[id$=':" + button + "']"))
        .click();
  }
}
