package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.Pages;
import org.constable.it.PdfText;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The record as a personnel file holds it: HR enters political status, native place and birthplace,
 * the record shows them in sections with "—" for what is empty; HR keeps the résumé and the photo;
 * the personnel card prints; another officer gets nothing of the photo.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonnelRecordBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void hrKeepsTheWholeRecordItsResumeAndPhotoAndPrintsTheCard() throws IOException {
    int n = Unique.policeNumbers(base, 1);
    Path photo = png();
    Path notAPhoto = Files.createTempFile("photo-", ".png");
    Files.writeString(notAPhoto, "not an image at all");
    String recordUrl;
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      browser.open("/personnel/officer-edit.xhtml");
      type(browser, "policeNumber", String.valueOf(n));
      type(browser, "name", "单丽");
      type(browser, "idNumber", Unique.idNumber(n));
      new Select(browser.driver().findElement(By.id("edit:politicalStatus_input")))
          .selectByValue("CPC_MEMBER");
      type(browser, "nativePlace", "内蒙古巴彦淖尔");
      Pages.pickSuggestion(browser, "edit:unitCode", "临河区公安分局");
      type(browser, "firstEmploymentDate", "2015/7/1");
      type(browser, "policeJoinDate", "2015.09.01");
      browser.clickAndWaitForNextPage(By.id("edit:save"));
      assertTrue(browser.text().contains("中共党员（含预备党员）须填写入党时间"), browser.text());
      type(browser, "partyJoinDate", "20180701");
      browser.clickAndWaitForNextPage(By.id("edit:save"));
      assertTrue(browser.driver().getCurrentUrl().contains("/personnel/officer.xhtml?id="));
      recordUrl = browser.driver().getCurrentUrl();

      String personal = browser.waitFor(By.id("sectionPersonal")).getText();
      assertTrue(personal.contains("个人信息") && personal.contains("中共党员"), personal);
      assertEquals("2018-07-01", text(browser, "partyJoinDate"));
      assertEquals("内蒙古巴彦淖尔", text(browser, "nativePlace"));
      assertEquals("—", text(browser, "birthPlace"), "an empty field shows a dash");
      assertTrue(browser.text().contains("照片：—"), browser.text());
      browser.screenshot("record-sections");

      browser.driver().findElement(By.linkText("简历")).click();
      browser.waitFor(By.id("officer:tabs:resumeStart"));
      Pages.type(browser, "officer:tabs:resumeStart", "2011.13.01");
      Pages.type(browser, "officer:tabs:resumeUnit", "内蒙古警察职业学院");
      browser.driver().findElement(By.id("officer:tabs:addResume")).click();
      assertTrue(browser.waitForText("不是有效日期"), browser.text());
      Pages.type(browser, "officer:tabs:resumeStart", "2011.09.01");
      Pages.type(browser, "officer:tabs:resumeEnd", "2015/6/30");
      Pages.type(browser, "officer:tabs:resumeUnit", "内蒙古警察职业学院");
      Pages.type(browser, "officer:tabs:resumePosition", "学生");
      browser.driver().findElement(By.id("officer:tabs:addResume")).click();
      assertTrue(browser.waitForText("已添加简历"), browser.text());
      String resume = browser.waitFor(By.id("officer:tabs:resumeTable")).getText();
      assertTrue(resume.contains("2011-09") && resume.contains("2015-06"), resume);
      browser.screenshot("record-resume");

      // the personnel card, opened: one page with the basic data and the résumé just added
      List<String> cardPages = PdfText.pages(Pages.downloadBytes(browser, "officer:printCard"));
      assertEquals(1, cardPages.size(), "one page per officer");
      String cardText = cardPages.get(0);
      for (String expected :
          List.of(
              "人员基本情况表",
              "单丽",
              String.valueOf(n),
              "中共党员",
              "内蒙古巴彦淖尔",
              "临河区公安分局",
              "内蒙古警察职业学院",
              "学生")) {
        assertTrue(cardText.contains(expected), expected + " on the card:\n" + cardText);
      }
      assertTrue(resume.contains("内蒙古警察职业学院") && resume.contains("学生"), resume);

      browser.driver().findElement(By.cssSelector("[id$='removeResume']")).click();
      Pages.confirm(browser, "officer", false);
      assertTrue(
          browser.waitFor(By.id("officer:tabs:resumeTable")).getText().contains("学生"),
          "answering no keeps the row");
      browser.driver().findElement(By.cssSelector("[id$='removeResume']")).click();
      Pages.confirm(browser, "officer", true);
      assertTrue(browser.waitForText("已删除简历"), browser.text());
      assertTrue(browser.waitForText("尚未填写简历"), browser.text());

      String card = Pages.download(browser, "officer:printCard");
      assertTrue(card.startsWith("200 application/pdf"), card);

      browser.clickAndWaitForNextPage(By.id("officer:editOfficer"));
      upload(browser, notAPhoto);
      assertTrue(browser.waitForText("照片只能是 JPG 或 PNG 图片"), browser.text());
      upload(browser, photo);
      assertTrue(browser.waitForText("照片已保存"), browser.text());
      browser.driver().get(recordUrl);
      var image = browser.waitFor(By.id("officer:tabs:photo"));
      new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
          .until(
              d ->
                  (Boolean)
                      ((JavascriptExecutor) d)
                          .executeScript(
                              "return arguments[0].complete && arguments[0].naturalWidth === 60;",
                              image));
      browser.screenshot("record-photo");
      String withPhoto = Pages.download(browser, "officer:printCard");
      assertTrue(withPhoto.startsWith("200 application/pdf"), withPhoto);
    } finally {
      Files.deleteIfExists(photo);
      Files.deleteIfExists(notAPhoto);
    }
    String officerId = recordUrl.substring(recordUrl.indexOf("id=") + 3);
    try (var browser = new Browser(base.toString(), 390, 844)) {
      browser.logIn(ServerLog.policeNumberOf("officer"), AsUser.PASSWORD);
      String answer = fetch(browser, "/personnel/photo/" + officerId);
      assertEquals("403", answer, "another officer's photo is no business of this one");
    }
  }

  private static String text(Browser browser, String id) {
    return browser.driver().findElement(By.cssSelector("[id$='" + id + "']")).getText().strip();
  }

  private static String fetch(Browser browser, String path) {
    return String.valueOf(
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => done(String(r.status)));",
                base(browser) + path));
  }

  private static String base(Browser browser) {
    String url = browser.driver().getCurrentUrl();
    int app = url.indexOf("/constable/");
    return url.substring(0, app + "/constable".length());
  }

  private static void type(Browser browser, String field, String value) {
    var input = browser.driver().findElement(By.id("edit:" + field));
    input.clear();
    input.sendKeys(value);
  }

  private static void upload(Browser browser, Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#photoForm input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  private static Path png() throws IOException {
    var image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(30, 80, 160));
    g.fillRect(0, 0, 60, 80);
    g.dispose();
    Path file = Files.createTempFile("photo-", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
