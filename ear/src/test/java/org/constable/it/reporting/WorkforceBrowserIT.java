package org.constable.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The workforce dashboard in a real browser: the policy's figures, short stations, drill-down. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkforceBrowserIT {

  private static final String COUNTY = "临河区公安分局";
  private static final String COUNTY_SHORT_STATION = "北环派出所";
  private static final int COUNTY_SHORT_STATION_MINIMUM = 20;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void cityHrSeesTheAgeStructureAndTheShortStationsAndDrillsIntoACounty() {
    String page = "/reporting/workforce.xhtml?asOf=" + demoDay();
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf("hr-city"), AsUser.PASSWORD);
      browser.open(page);
      browser.screenshot("workforce-city");
      List<String> bands =
          browser.driver().findElements(By.cssSelector("#ages tbody tr")).stream()
              .map(WebElement::getText)
              .toList();
      assertTrue(bands.get(0).contains("30岁以下") && bands.get(0).contains("175"), bands.toString());
      assertTrue(bands.get(3).contains("51岁以上") && bands.get(3).contains("463"), bands.toString());
      String headline = text(browser, "workforce-headline");
      assertTrue(headline.contains("175") && headline.contains("463"), headline);
      String cityShort = text(browser, "shortStations");
      assertTrue(cityShort.contains("川井派出所"), cityShort);
      assertTrue(cityShort.contains("潮格温都尔派出所"), cityShort);

      browser.clickAndWaitForNextPage(By.linkText(COUNTY));
      assertTrue(text(browser, "workforce-heading").contains(COUNTY));
      // The demo force leaves 北环 at 16 of 20; other tests may staff the county's units, so the
      // pages must agree with the headcount the drill-down shows.
      boolean belowMinimum =
          officersIn(browser, COUNTY_SHORT_STATION) < COUNTY_SHORT_STATION_MINIMUM;
      assertEquals(belowMinimum, text(browser, "shortStations").contains(COUNTY_SHORT_STATION));
      assertEquals(belowMinimum, cityShort.contains(COUNTY_SHORT_STATION), cityShort);
      browser.screenshot("workforce-county");
    }
  }

  private static String text(Browser browser, String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  /** The officers column of a unit's row in the drill-down table. */
  private static int officersIn(Browser browser, String unitName) {
    for (WebElement row : browser.driver().findElements(By.cssSelector("#drillDown tbody tr"))) {
      var cells = row.findElements(By.tagName("td"));
      if (cells.get(0).getText().contains(unitName)) {
        return Integer.parseInt(cells.get(1).getText().replaceAll("\\D", ""));
      }
    }
    throw new AssertionError(unitName + " is not in the drill-down");
  }

  /** The day the server generated the demo force, as it logged it. */
  private static String demoDay() {
    Path log = Path.of(System.getProperty("it.log.dir"), "server.log");
    try {
      var matcher =
          Pattern.compile("Demo force loaded: \\d+ people as of (\\d{4}-\\d{2}-\\d{2})")
              .matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (!matcher.find()) {
        throw new IllegalStateException("The server did not log loading the demo force: " + log);
      }
      return matcher.group(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
