package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer list as an HR clerk works it: on one office screen, with presets, selected rows and
 * their batch actions (each confirmed), the names behind a workforce figure, on a phone and
 * printed. What changed is checked through the REST API, as hr-city reads the register.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficerListBrowserIT {

  private static final String COUNTY = "临河区公安分局";
  private static final String STATION = "新华派出所";
  private static final String SERVING = "在职";
  private static final List<String> SERVING_STATUSES =
      List.of("ON_DUTY", "OFF_POST_TRAINING", "SICK_LEAVE");
  private static final By TABLE = By.id("officers:table");
  private static final By ROWS = By.cssSelector("#officers\\:table_data > tr");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void theListFitsAnOfficeScreenOf1366x768() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open("/personnel/officers.xhtml");
      browser.waitFor(ROWS);
      browser.screenshot("officers-1366x768");
      long visible =
          number(
              js(
                  browser,
                  "var h = window.innerHeight;"
                      + " return Array.from(document.querySelectorAll('#officers\\\\:table_data > tr'))"
                      + ".filter(r => { var b = r.getBoundingClientRect();"
                      + " return b.top >= 0 && b.bottom <= h && b.height > 0; }).length;"));
      assertTrue(visible >= 15, "rows fully in the first screen: " + visible);
      assertEquals(0L, number(js(browser, "return window.scrollY;")));
      assertTrue(
          number(js(browser, "return document.documentElement.scrollWidth - window.innerWidth;"))
              <= 0,
          "no sideways scrolling");
      // the ID number column shows the whole (masked) number
      List<?> clipped =
          (List<?>)
              js(
                  browser,
                  "return Array.from(document.querySelectorAll('#officers\\\\:table_data td.id-number'))"
                      + ".filter(td => td.scrollWidth > td.clientWidth).map(td => td.textContent);");
      assertEquals(List.of(), clipped, "clipped ID numbers");
      String firstId =
          browser
              .driver()
              .findElement(By.cssSelector("#officers\\:table_data td.id-number"))
              .getText();
      assertTrue(firstId.matches("\\d{2}\\*{16}"), firstId);
      // the filter bar on one line: every field starts above the bottom of every other
      assertTrue(
          (Boolean)
              js(
                  browser,
                  "var r = Array.from(document.querySelector('.officer-filters').children)"
                      + ".filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect());"
                      + " return Math.max(...r.map(b => b.top)) < Math.min(...r.map(b => b.bottom));"),
          "filter bar on one line");
      // the count and the exports above the table
      double tableTop = top(browser, "#officers\\:table");
      assertTrue(bottom(browser, "#export\\:exportXlsx") <= tableTop);
      assertTrue(bottom(browser, "#listCount") <= tableTop);
      assertTrue(browser.driver().findElement(By.id("listCount")).getText().matches("共 [\\d,]+ 人"));
    }
  }

  @Test
  void anExportShowsHowManyRowsTheServerHasWrittenOfHowMany() throws Exception {
    java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("downloads");
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open("/personnel/officers.xhtml");
      browser.waitFor(ROWS);
      preset(browser, "EVERYONE");
      String counted = browser.driver().findElement(By.id("listCount")).getText();
      long count = Long.parseLong(counted.replaceAll("[^0-9]", ""));
      assertTrue(count > 1000, counted);
      ((ChromeDriver) browser.driver())
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", downloads.toString()));
      // the real button, as a clerk presses it: the file downloads, the page stays and reports
      browser.driver().findElement(By.id("export:exportRoster")).click();
      var box = By.id("downloadProgress");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
          .until(d -> d.findElement(box).getText().contains("文件已生成：共 " + count + " 行"));
      browser.screenshot("officers-export-progress");
      // a token the server did not give out for this user is not found
      assertTrue(
          Pages.fetch(browser, base + "download-progress?token=made-up-token-1234")
              .startsWith("404"));
    } finally {
      try (var files = java.nio.file.Files.list(downloads)) {
        for (var file : files.toList()) {
          java.nio.file.Files.deleteIfExists(file);
        }
      }
      java.nio.file.Files.deleteIfExists(downloads);
    }
  }

  @Test
  void eachPresetSetsTheFiltersAndReloadsTheList() throws Exception {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open("/personnel/officers.xhtml");
      // the default: 在职民警
      assertActive(browser, "SERVING_POLICE");
      assertEquals("民警", label(browser, "category"));
      assertEquals(SERVING, label(browser, "status"));
      assertEquals(total("category=POLICE", SERVING_STATUSES), count(browser));

      preset(browser, "SERVING_AUXILIARY");
      assertEquals("辅警", label(browser, "category"));
      assertEquals(SERVING, label(browser, "status"));
      assertEquals(total("category=AUXILIARY", SERVING_STATUSES), count(browser));
      assertTrue(column(browser, 7).stream().allMatch("辅警"::equals), column(browser, 7).toString());
      browser.screenshot("officers-preset-auxiliary");

      preset(browser, "SERVING_CIVILIAN");
      assertEquals("文职", label(browser, "category"));
      assertEquals(total("category=CIVILIAN", SERVING_STATUSES), count(browser));

      preset(browser, "OFF_POST_TRAINING");
      assertEquals("全部人员类别", label(browser, "category"));
      assertEquals("离岗培训", label(browser, "status"));
      assertEquals(total("status=OFF_POST_TRAINING"), count(browser));
      assertTrue(count(browser) > 0);
      assertTrue(column(browser, 8).stream().allMatch("离岗培训"::equals));

      preset(browser, "EVERYONE");
      assertEquals("全部状态", label(browser, "status"));
      assertEquals(total(""), count(browser));
      assertTrue(count(browser) > total("category=POLICE", SERVING_STATUSES));

      // a preset is a start: each filter can still be changed
      preset(browser, "SERVING_POLICE");
      browser.choose("officers:status", "病休");
      browser.clickAndWaitForUpdate(By.id("officers:doSearch"), TABLE);
      assertEquals(total("category=POLICE&status=SICK_LEAVE"), count(browser));
      assertTrue(column(browser, 8).stream().allMatch("病休"::equals));
      assertFalse(isActive(browser, "SERVING_POLICE"), "no preset matches now");

      browser.clickAndWaitForUpdate(By.id("officers:reset"), TABLE);
      assertActive(browser, "SERVING_POLICE");
      assertEquals(SERVING, label(browser, "status"));
    }
  }

  @Test
  void selectedOfficersAreExportedTransferredAndChangedEachAfterAConfirmation() throws Exception {
    String batch = "批量" + chinese(String.valueOf(System.currentTimeMillis()));
    List<String> names = List.of(batch + "甲", batch + "乙", batch + "丙");
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      List<String> ids = new ArrayList<>();
      for (String name : names) {
        ids.add(newOfficer(browser, name));
      }
      browser.open("/personnel/officers.xhtml");
      Pages.type(browser, "officers:text", batch);
      browser.clickAndWaitForUpdate(By.id("officers:doSearch"), TABLE);
      assertEquals(3, browser.driver().findElements(ROWS).size());
      assertEquals("已选 0 人", selected(browser));

      select(browser, names.get(0));
      select(browser, names.get(1));
      waitForSelected(browser, "已选 2 人");
      browser.screenshot("officers-selected");

      // export: asks first; the workbook holds the selected rows only
      browser.driver().findElement(By.id("officers:exportSelected")).click();
      Pages.expect(browser, "导出所选 2 人的名册？");
      Pages.confirm(browser, "officers", false);
      String sheet = sheetText(downloadBase64(browser, "officers:exportSelected"));
      assertTrue(sheet.contains(names.get(0)) && sheet.contains(names.get(1)), sheet);
      assertFalse(sheet.contains(names.get(2)), "a row not selected was exported");

      // personnel cards for the selection: one PDF, a page for each selected officer
      List<String> cards = PdfText.pages(Pages.downloadBytes(browser, "officers:printCards"));
      assertEquals(2, cards.size(), "a page each");
      String allCards = String.join("\n", cards);
      assertTrue(allCards.contains(names.get(0)) && allCards.contains(names.get(1)), allCards);
      assertFalse(allCards.contains(names.get(2)), "a card for an officer not selected");

      // transfer: "no" changes nothing, "yes" moves both, with a change log entry each
      openDialog(browser, "officers:batchTransfer", "officers:transferUnit_input");
      Pages.pickSuggestion(browser, "officers:transferUnit", STATION);
      browser.driver().findElement(By.id("officers:transferSave")).click();
      Pages.expect(browser, "将所选 2 人调至所选单位？");
      browser.screenshot("officers-batch-transfer-confirm");
      Pages.confirm(browser, "officers", false);
      assertEquals(List.of(COUNTY, COUNTY, COUNTY), units(ids));
      browser.driver().findElement(By.id("officers:transferSave")).click();
      Pages.confirm(browser, "officers", true);
      Pages.expect(browser, "已调动：所选 2 人，实际变动 2 人");
      assertEquals(List.of(STATION, STATION, COUNTY), units(ids));
      waitForSelected(browser, "已选 0 人");
      waitForColumn(browser, 6, List.of(STATION, STATION, COUNTY), names);

      // status: the same, for another selection
      select(browser, names.get(1));
      select(browser, names.get(2));
      waitForSelected(browser, "已选 2 人");
      openDialog(browser, "officers:batchStatus", "officers:batchStatusValue");
      browser.choose("officers:batchStatusValue", "离岗培训");
      browser.driver().findElement(By.id("officers:statusSave")).click();
      Pages.expect(browser, "将所选 2 人的状态改为所选状态？");
      Pages.confirm(browser, "officers", false);
      assertEquals(List.of("ON_DUTY", "ON_DUTY", "ON_DUTY"), statuses(ids));
      browser.driver().findElement(By.id("officers:statusSave")).click();
      Pages.confirm(browser, "officers", true);
      Pages.expect(browser, "已变更状态：所选 2 人，实际变动 2 人");
      assertEquals(List.of("ON_DUTY", "OFF_POST_TRAINING", "OFF_POST_TRAINING"), statuses(ids));
      waitForColumn(browser, 8, List.of("在岗", "离岗培训", "离岗培训"), names);

      // every officer the filter finds, in one click: all three back on duty
      browser.clickAndWaitForUpdate(
          By.id("officers:selectAllMatching"), By.id("officers:batchBar"));
      waitForSelected(browser, "已选 3 人");
      openDialog(browser, "officers:batchStatus", "officers:batchStatusValue");
      browser.choose("officers:batchStatusValue", "在岗");
      browser.driver().findElement(By.id("officers:statusSave")).click();
      Pages.expect(browser, "将所选 3 人的状态改为所选状态？");
      Pages.confirm(browser, "officers", true);
      Pages.expect(browser, "已变更状态：所选 3 人，实际变动 2 人");
      assertEquals(List.of("ON_DUTY", "ON_DUTY", "ON_DUTY"), statuses(ids));

      // the change log of one of them, as a single edit would have left it
      browser.open("/personnel/officer.xhtml?id=" + ids.get(1));
      browser.driver().findElement(By.linkText("变动记录")).click();
      String history = browser.waitFor(By.id("officer:tabs:historyTable")).getText();
      assertTrue(history.contains(STATION) && history.contains("离岗培训"), history);
    }
  }

  @Test
  void aLeaderDrillsFromAWorkforceFigureToTheNamesBehindIt() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("leader"), AsUser.PASSWORD);
      browser.open("/reporting/workforce.xhtml");
      var link =
          browser.waitFor(By.cssSelector("#workforce-headline a.names-link[href*='age=UP_TO_30']"));
      long figure = Long.parseLong(link.getText().strip());
      assertTrue(figure > 0, "the demo station has officers of 30 or under");
      browser.clickAndWaitForNextPage(
          By.cssSelector("#workforce-headline a.names-link[href*='age=UP_TO_30']"));
      assertTrue(browser.driver().getCurrentUrl().contains("/personnel/officers.xhtml"));
      Pages.expect(browser, "队伍结构：30岁以下（统计日 " + today + "）");
      assertEquals(figure, count(browser));
      assertActive(browser, "SERVING_POLICE");
      for (String born : column(browser, 5)) {
        assertTrue(LocalDate.parse(born).isAfter(today.minusYears(31)), "older than 30: " + born);
      }
      assertTrue(
          column(browser, 6).stream().allMatch(STATION::equals), column(browser, 6).toString());
      browser.screenshot("officers-leader-drilldown");
      // no batch changes for a leader
      assertFalse(browser.has("officers:batchTransfer"));
      assertFalse(browser.has("officers:batchStatus"));

      // letting go of the figure keeps the other filters: the whole station's serving police
      browser.clickAndWaitForUpdate(By.id("officers:clearFigure"), TABLE);
      assertFalse(browser.has("officers:figure"));
      assertTrue(count(browser) > figure);

      // a hand-edited URL: each bad value named, the default list shown
      browser.open("/personnel/officers.xhtml?age=OLD&unit=abc&rank=NOPE");
      Pages.expect(browser, "参数 age 的值“OLD”无效");
      assertTrue(browser.text().contains("参数 unit 的值“abc”无效"), browser.text());
      assertTrue(browser.text().contains("参数 rank 的值“NOPE”无效"), browser.text());
      assertActive(browser, "SERVING_POLICE");
      assertTrue(browser.has("officers:table"));
      assertFalse(browser.has("officers:figure"));
      browser.screenshot("officers-bad-parameter");
      assertEquals(1, browser.text().split("参数 age 的值", -1).length - 1, "said once");
      browser.open("/personnel/officers.xhtml?asOf=2026-02-30&age=UP_TO_30");
      Pages.expect(browser, "参数 asOf 的值“2026-02-30”无效");
      browser.open("/personnel/officers.xhtml?age=UP_TO_30&education=MASTER");
      Pages.expect(browser, "一次只按一项队伍结构指标列出人员：参数 education（MASTER）多余");
      assertFalse(browser.has("officers:figure"));
    }
  }

  @Test
  void hrDrillsFromTheEducationRankAndUnitFiguresToTheirNames() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-county"), AsUser.PASSWORD);
      for (String figure :
          List.of(
              "#education a.names-link[href*='education=BACHELOR']",
              "#workforce-headline a.names-link[href*='education=HIGH_SCHOOL_OR_BELOW']",
              "#ranks a.names-link",
              "#grades a.names-link",
              "#drillDown a.names-link[href*='age=FROM_51']",
              "#drillDown a.names-link:not([href*='age'])")) {
        browser.open("/reporting/workforce.xhtml");
        long expected = Long.parseLong(browser.waitFor(By.cssSelector(figure)).getText().strip());
        browser.clickAndWaitForNextPage(By.cssSelector(figure));
        assertEquals(expected, count(browser), figure);
        assertTrue(browser.has("officers:figure") || figure.contains("not("), figure);
      }
    }
  }

  @Test
  void onAPhoneTheMenuFoldsBehindAButtonAndTheRecordComesFirst() throws Exception {
    try (var browser = new Browser(base.toString(), 390, 844)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open("/personnel/officers.xhtml");
      browser.waitFor(ROWS);
      browser.screenshot("phone-officers");
      String href =
          browser
              .driver()
              .findElement(By.cssSelector("#officers\\:table_data a[href*='officer.xhtml']"))
              .getDomAttribute("href");
      browser.driver().get(new URL(base, href).toString());
      var nav = browser.driver().findElement(By.id("shell-nav"));
      var toggle = browser.driver().findElement(By.id("menuToggleForm:menuToggle"));
      assertFalse(nav.isDisplayed(), "the menu is folded");
      assertTrue(toggle.isDisplayed());
      assertEquals("false", toggle.getDomAttribute("aria-expanded"));
      // the record's content is in the first screen
      double height = ((Number) js(browser, "return window.innerHeight;")).doubleValue();
      assertTrue(
          bottom(browser, "#policeNumber") <= height, "the police number below the first screen");
      assertTrue(bottom(browser, ".record-heading") <= height);
      browser.screenshot("phone-record");

      toggle.click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> nav.isDisplayed());
      assertEquals("true", toggle.getDomAttribute("aria-expanded"));
      assertTrue(browser.driver().findElement(By.id("menu")).getText().contains("民警名册"));
      browser.screenshot("phone-menu-open");
      toggle.click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !nav.isDisplayed());
      assertEquals("false", toggle.getDomAttribute("aria-expanded"));
    }
  }

  @Test
  void aPrintedPageShowsTheContentNotTheMenuButtonsOrPaginator() {
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open("/personnel/officers.xhtml");
      browser.waitFor(ROWS);
      assertEquals("block", display(browser, "#shell-nav"));
      ((ChromeDriver) browser.driver())
          .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      for (String hidden :
          List.of(
              "#shell-nav",
              ".shell-header",
              "#officers\\:table_paginator_bottom",
              ".list-head",
              ".officer-filters",
              "#officers\\:batchBar")) {
        assertEquals("none", display(browser, hidden), hidden);
      }
      assertFalse("none".equals(display(browser, "#officers\\:table")));
      assertFalse("none".equals(display(browser, ".page-title")));
      browser.screenshot("officers-print");
      ((ChromeDriver) browser.driver())
          .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      assertEquals("block", display(browser, "#shell-nav"));
    }
  }

  // the list

  private static void preset(Browser browser, String preset) {
    browser.clickAndWaitForUpdate(By.id("presets:preset_" + preset), TABLE);
    assertActive(browser, preset);
  }

  private static void assertActive(Browser browser, String preset) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> isActive(browser, preset));
  }

  private static boolean isActive(Browser browser, String preset) {
    return browser
        .driver()
        .findElement(By.id("presets:preset_" + preset))
        .getDomAttribute("class")
        .contains("preset-active");
  }

  private static String label(Browser browser, String menu) {
    return browser.driver().findElement(By.id("officers:" + menu + "_label")).getText();
  }

  /** The number of officers the heading counts. */
  private static long count(Browser browser) {
    String text = browser.driver().findElement(By.id("listCount")).getText();
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }

  /** One column of the rows shown (0 is the check box). */
  private static List<String> column(Browser browser, int index) {
    return browser.driver().findElements(ROWS).stream()
        .map(row -> row.findElements(By.tagName("td")).get(index).getText().strip())
        .toList();
  }

  private static void waitForColumn(
      Browser browser, int index, List<String> expected, List<String> names) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              List<String> byName = new ArrayList<>();
              for (String name : names) {
                WebElement row = rowOf(browser, name);
                byName.add(row.findElements(By.tagName("td")).get(index).getText().strip());
              }
              return byName.equals(expected);
            });
  }

  private static WebElement rowOf(Browser browser, String name) {
    return browser
        .driver()
        .findElement(
            By.xpath("//tbody[@id='officers:table_data']/tr[td[3][contains(., '" + name + "')]]"));
  }

  private static void select(Browser browser, String name) {
    rowOf(browser, name).findElement(By.cssSelector("td.select-column .ui-chkbox-box")).click();
  }

  private static String selected(Browser browser) {
    return browser.driver().findElement(By.id("officers:selectedCount")).getText();
  }

  private static void waitForSelected(Browser browser, String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> selected(browser).equals(text));
  }

  private static void openDialog(Browser browser, String button, String field) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.id(button)))
        .click();
    browser.waitFor(By.id(field));
  }

  // records made and read as HR does

  /** A new serving police officer of hr-county's county bureau, made with the record form. */
  private String newOfficer(Browser browser, String name) {
    String policeNumber = String.valueOf(Unique.policeNumbers(base, 1));
    browser.open("/personnel/officer-edit.xhtml");
    type(browser, "policeNumber", policeNumber);
    type(browser, "name", name);
    type(browser, "idNumber", Unique.idNumber(Integer.parseInt(policeNumber)));
    Pages.pickSuggestion(browser, "edit:unitCode", COUNTY);
    type(browser, "firstEmploymentDate", "2015-07-01");
    type(browser, "policeJoinDate", "2015-07-01");
    browser.clickAndWaitForNextPage(By.id("edit:save"));
    String url = browser.driver().getCurrentUrl();
    assertTrue(url.contains("/personnel/officer.xhtml?id="), browser.text());
    return url.substring(url.indexOf("id=") + 3);
  }

  private static void type(Browser browser, String field, String value) {
    var input = browser.driver().findElement(By.id("edit:" + field));
    input.clear();
    input.sendKeys(value);
  }

  private List<String> units(List<String> ids) throws Exception {
    List<String> units = new ArrayList<>();
    for (String id : ids) {
      units.add(field(api("/api/officers/" + id), "unitNameZh"));
    }
    return units;
  }

  private List<String> statuses(List<String> ids) throws Exception {
    List<String> statuses = new ArrayList<>();
    for (String id : ids) {
      statuses.add(field(api("/api/officers/" + id), "status"));
    }
    return statuses;
  }

  /** How many officers the register holds for a query, summed over statuses if given. */
  private long total(String query, List<String> statuses) throws Exception {
    long sum = 0;
    for (String status : statuses) {
      sum += total(query + "&status=" + status);
    }
    return sum;
  }

  private long total(String query) throws Exception {
    var matcher = Pattern.compile("\"total\":(\\d+)").matcher(api("/api/officers?size=1&" + query));
    assertTrue(matcher.find());
    return Long.parseLong(matcher.group(1));
  }

  /** A GET as hr-city, who sees the whole force. */
  private String api(String path) throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base.toString() + path.substring(1)))
            .header("Authorization", AsUser.basic(ServerLog.policeNumberOf("hr-city")))
            .build();
    return java.net.http.HttpClient.newHttpClient()
        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .body();
  }

  private static String field(String json, String name) {
    var matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertTrue(matcher.find(), json);
    return matcher.group(1);
  }

  // the page's geometry and styles

  private static Object js(Browser browser, String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static double top(Browser browser, String css) {
    return ((Number)
            js(
                browser,
                "return document.querySelector(arguments[0]).getBoundingClientRect().top;",
                css))
        .doubleValue();
  }

  private static double bottom(Browser browser, String css) {
    return ((Number)
            js(
                browser,
                "return document.querySelector(arguments[0]).getBoundingClientRect().bottom;",
                css))
        .doubleValue();
  }

  private static String display(Browser browser, String css) {
    return (String)
        js(browser, "return getComputedStyle(document.querySelector(arguments[0])).display;", css);
  }

  /** Presses a download button as its form would post it, and answers the body in base64. */
  private static String downloadBase64(Browser browser, String buttonId) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " var button = document.getElementById(arguments[0]); var form = button.form;"
                    + " var data = new URLSearchParams(new FormData(form));"
                    + " data.append(button.name, button.value || '');"
                    + " fetch(form.action, {method: 'POST', body: data}).then(r => r.blob())"
                    + ".then(b => { var f = new FileReader();"
                    + " f.onload = () => done(f.result.substring(f.result.indexOf(',') + 1));"
                    + " f.readAsDataURL(b); }).catch(e => done('error ' + e));",
                buttonId);
  }

  /** The text of an .xlsx workbook's sheets (POI's streaming workbook writes inline strings). */
  private static String sheetText(String base64) throws IOException {
    var text = new StringBuilder();
    var file = java.nio.file.Files.createTempFile("selected", ".xlsx");
    try {
      java.nio.file.Files.write(file, Base64.getDecoder().decode(base64));
      try (var zip = new java.util.zip.ZipFile(file.toFile())) {
        for (var entry : java.util.Collections.list(zip.entries())) {
          if (entry.getName().startsWith("xl/")) {
            text.append(
                new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
    assertTrue(text.length() > 0, "not a workbook");
    return text.toString();
  }

  private static String chinese(String digits) {
    var names = new StringBuilder();
    String tail = digits.substring(Math.max(0, digits.length() - 8));
    for (char c : tail.toCharArray()) {
      names.append("零一二三四五六七八九".charAt(c - '0'));
    }
    return names.toString();
  }
}
