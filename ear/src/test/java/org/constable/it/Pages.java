package org.constable.it;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What every browser test does on a page, as a user does it. */
public final class Pages {

  private Pages() {}

  /** Waits for a text, and fails with what the page shows instead. */
  public static void expect(Browser b, String text) {
    try {
      b.waitForText(text);
    } catch (org.openqa.selenium.TimeoutException e) {
      b.screenshot("failed");
      throw new AssertionError(
          "expected \"" + text + "\" on the page, which shows:\n" + b.text(), e);
    }
  }

  /** Types into an autocomplete and takes the first suggestion. */
  public static void pickSuggestion(Browser b, String id, String text) {
    WebElement input = b.driver().findElement(By.id(id + "_input"));
    input.sendKeys(text);
    b.waitFor(By.cssSelector("#" + id.replace(":", "\\:") + "_panel li.ui-autocomplete-item"))
        .click();
  }

  /**
   * Answers the page's confirmation dialog (p:confirmDialog with buttons confirmYes / confirmNo).
   */
  public static void confirm(Browser b, String formId, boolean yes) {
    By button = By.id(formId + (yes ? ":confirmYes" : ":confirmNo"));
    new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(button))
        .click();
  }

  public static void type(Browser b, String id, String value) {
    WebElement input = b.driver().findElement(By.id(id));
    // Tab, not Escape: Escape makes an inputNumber take back what was typed
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
  }

  /** Types a date into a date picker (its calendar opens from its button only). */
  public static void typeDate(Browser b, String id, LocalDate day) {
    b.driver()
        .findElement(By.id(id))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), day.toString(), Keys.TAB);
  }

  /** Fetches a link with the browser's own session: "status content-type". */
  public static String fetch(Browser b, String href) {
    return (String)
        ((JavascriptExecutor) b.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                    + ".catch(e => done('error ' + e));",
                href);
  }

  /**
   * Presses a non-ajax download button as the browser would, its form posted with the browser's
   * session, and answers "status content-type bytes" without saving the file.
   */
  public static String download(Browser b, String buttonId) {
    return (String)
        ((JavascriptExecutor) b.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " var button = document.getElementById(arguments[0]); var form = button.form;"
                    + " var data = new URLSearchParams(new FormData(form));"
                    + " data.append(button.name, button.value || '');"
                    + " fetch(form.action, {method: 'POST', body: data})"
                    + ".then(r => r.arrayBuffer().then(body =>"
                    + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + body.byteLength)))"
                    + ".catch(e => done('error ' + e));",
                buttonId);
  }

  /**
   * Presses a non-ajax download button as {@link #download} does and returns the file's bytes (a
   * multipart form is posted as multipart).
   */
  public static byte[] downloadBytes(Browser b, String buttonId) {
    String base64 =
        (String)
            ((JavascriptExecutor) b.driver())
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + " var button = document.getElementById(arguments[0]); var form = button.form;"
                        + " var data = new FormData(form); data.append(button.name, button.value || '');"
                        + " var body = form.enctype === 'multipart/form-data' ? data : new URLSearchParams(data);"
                        + " fetch(form.action, {method: 'POST', body: body})"
                        + ".then(r => r.blob().then(blob => { var reader = new FileReader();"
                        + " reader.onload = () => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                        + " + reader.result.substring(reader.result.indexOf(',') + 1));"
                        + " reader.readAsDataURL(blob); }))"
                        + ".catch(e => done('error ' + e));",
                    buttonId);
    String[] answer = base64.split(" ", 3);
    if (!answer[0].equals("200") || answer.length < 3 || answer[2].isEmpty()) {
      throw new IllegalStateException(
          buttonId + " gave no file: " + base64.substring(0, Math.min(base64.length(), 200)));
    }
    return java.util.Base64.getDecoder().decode(answer[2]);
  }

  /** A GET of the REST API as a demo log-in, to find ids the way an integration would. */
  public static String api(java.net.URL base, String label, String path) {
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base.toString().replaceAll("/$", "") + path))
            .header("Authorization", AsUser.basic(ServerLog.policeNumberOf(label)))
            .build();
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The n-th officer (from 0) of a unit named so, found through the REST API as hr-city, who sees
   * the whole force: its id and police number.
   */
  public static String[] officerOfUnit(java.net.URL base, String unitName, int n) {
    var unit =
        java.util.regex.Pattern.compile("\"id\":(\\d+)")
            .matcher(
                api(
                    base,
                    "hr-city",
                    "/api/units?size=1&q="
                        + java.net.URLEncoder.encode(
                            unitName, java.nio.charset.StandardCharsets.UTF_8)));
    if (!unit.find()) {
      throw new IllegalStateException("no unit " + unitName);
    }
    String page = api(base, "hr-city", "/api/officers?size=" + (n + 1) + "&unit=" + unit.group(1));
    var ids = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(page);
    var numbers = java.util.regex.Pattern.compile("\"policeNumber\":\"(\\d{6})\"").matcher(page);
    for (int i = 0; ids.find() && numbers.find(); i++) {
      if (i == n) {
        return new String[] {ids.group(1), numbers.group(1)};
      }
    }
    throw new IllegalStateException("fewer than " + (n + 1) + " officers in " + unitName);
  }

  /**
   * The text of an element once the page's ajax requests have all answered, read again if an update
   * replaced the element meanwhile.
   */
  public static String settledText(Browser b, String id) {
    return new org.openqa.selenium.support.ui.WebDriverWait(
            b.driver(), java.time.Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                        ((JavascriptExecutor) d)
                            .executeScript(
                                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"))
                    ? d.findElement(By.id(id)).getText()
                    : null);
  }
}
