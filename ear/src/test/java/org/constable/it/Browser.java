package org.constable.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by its chromedriver. */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final String base;

  public Browser(String base, int width, int height) {
    var options =
        new ChromeOptions()
            .setBinary("/usr/bin/chromium")
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=" + width + "," + height);
    if (width < 500) {
      // a desktop window cannot be that narrow: emulate the phone's viewport instead
      options.setExperimentalOption(
          "mobileEmulation",
          java.util.Map.of(
              "deviceMetrics",
              java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0)));
    }
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    this.driver = new ChromeDriver(service, options);
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  public void logIn(String policeNumber, String password) {
    open("/login.xhtml");
    driver.findElement(By.id("login:policeNumber")).clear();
    driver.findElement(By.id("login:policeNumber")).sendKeys(policeNumber);
    driver.findElement(By.id("login:password")).sendKeys(password);
    clickAndWaitForNextPage(By.id("login:submit"));
  }

  /** Clicks an ajax button and waits until the element it updates has been replaced. */
  public void clickAndWaitForUpdate(By button, By updated) {
    var before = driver.findElement(updated);
    driver.findElement(button).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> isGone(before));
  }

  /** Clicks a button that submits without ajax, and waits until the next page has replaced this. */
  public void clickAndWaitForNextPage(By button) {
    var page = driver.findElement(By.tagName("html"));
    driver.findElement(button).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> isGone(page));
  }

  private static boolean isGone(org.openqa.selenium.WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true; // stale, or its node left the document: the next page is there
    }
  }

  /**
   * Waits until an element is there and shown, e.g. the content of a tab that loads when clicked or
   * a dialog's field.
   */
  public org.openqa.selenium.WebElement waitFor(By element) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(element).stream()
                    .filter(org.openqa.selenium.WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
  }

  /** Waits until the page's text holds the text, e.g. a message an ajax request put there. */
  public boolean waitForText(String text) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  /**
   * Picks an entry of a PrimeFaces selectOneMenu as a user does: opens it, waits for the panel to
   * finish opening (a click during its animation is lost), clicks the entry, and waits until the
   * menu shows it.
   */
  public void choose(String menuId, String label) {
    String css = "#" + menuId.replace(":", "\\:");
    var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    driver.findElement(By.cssSelector(css + " .ui-selectonemenu-trigger")).click();
    var panel = driver.findElement(By.cssSelector(css + "_panel"));
    wait.until(d -> panel.isDisplayed() && "1".equals(panel.getCssValue("opacity")));
    driver.findElement(By.cssSelector(css + "_items li[data-label='" + label + "']")).click();
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.cssSelector(css + "_label")).getText().equals(label));
  }

  /** Logs out as the header's button does, by POST, from whatever page is open. */
  public void logOut() {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + " document.body.appendChild(f); f.submit();",
            base + "/logout");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().contains("/login.xhtml"));
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
