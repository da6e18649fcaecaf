package org.constable.it.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.constable.it.AsUser;
import org.constable.it.Browser;
import org.constable.it.Deployments;
import org.constable.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Every page each role opens, in both languages, shows texts and never a message key: neither
 * Faces' {@code ???key???} for a key no bundle has, nor a key that Java code put on the page as is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoRawKeysBrowserIT {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.]+");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @ParameterizedTest(name = "{0} sees no message key")
  @CsvSource({
    "admin,     /index.xhtml /admin/accounts.xhtml /admin/policy.xhtml /admin/reference.xhtml"
        + " /personnel/officers.xhtml /personnel/units.xhtml /account/password.xhtml"
        + " /training/ledger-check.xhtml",
    "hr-city,   /index.xhtml /personnel/officers.xhtml /personnel/officer-edit.xhtml"
        + " /personnel/import.xhtml /personnel/units.xhtml /personnel/recruits.xhtml"
        + " /reporting/workforce.xhtml MY_RECORD /training/sessions.xhtml /training/courses.xhtml"
        + " /training/instructors.xhtml /notifications/inbox.xhtml",
    "hr-county, /index.xhtml /personnel/officers.xhtml /reporting/workforce.xhtml"
        + " /training/quota.xhtml /training/retraining.xhtml /training/rotation.xhtml"
        + " /training/elsewhere-review.xhtml /training/budget.xhtml /education/claims.xhtml"
        + " /education/deadline.xhtml /education/awards.xhtml /education/report.xhtml",
    "trainer,   /index.xhtml MY_RECORD /admin/accounts.xhtml /training/desk.xhtml"
        + " /training/mine.xhtml",
    "leader,    /index.xhtml /reporting/workforce.xhtml MY_RECORD",
    "secadmin,  /index.xhtml /admin/accounts.xhtml /admin/policy.xhtml MY_RECORD",
    "officer,   /index.xhtml MY_RECORD /account/password.xhtml /personnel/officers.xhtml"
        + " /personnel/officer.xhtml?id=abc /training/mine.xhtml /training/checkin.xhtml?code=x"
        + " /training/session.xhtml?id=abc /training/elsewhere.xhtml"
        + " /training/evaluate.xhtml?id=abc /education/mine.xhtml",
  })
  void eachRoleSeesTextsNotKeysInBothLanguages(String label, String pages) throws IOException {
    Set<String> keys = bundleKeys();
    assertTrue(keys.size() > 300, "keys read: " + keys.size());
    try (var browser = new Browser(base.toString(), 1366, 768)) {
      browser.logIn(ServerLog.policeNumberOf(label), AsUser.PASSWORD);
      try {
        sweep(browser, label, pages, keys);
      } finally {
        // the choice of language is kept on the account: leave it as the other tests expect
        browser.open("/index.xhtml");
        if (browser.has("shellForm:langZh")) {
          browser.clickAndWaitForNextPage(By.id("shellForm:langZh"));
        }
      }
    }
  }

  private static void sweep(Browser browser, String label, String pages, Set<String> keys) {
    for (String language : List.of("zh", "en")) {
      if (language.equals("en")) {
        browser.open("/index.xhtml");
        browser.clickAndWaitForNextPage(By.id("shellForm:langEn"));
      }
      for (String page : pages.split(" ")) {
        if (page.equals("MY_RECORD")) {
          browser.open("/index.xhtml");
          browser.clickAndWaitForNextPage(By.id("menuMyRecord"));
        } else {
          browser.open(page);
        }
        String text = browser.text();
        String where = label + " " + language + " " + page;
        assertFalse(text.contains("???"), where + ": " + text);
        // the error page has no keys either: a page that failed must not pass for one that worked
        assertFalse(
            text.contains("系统暂时无法完成您的请求") || text.contains("The system could not complete"),
            where + " answered the error page");
        // a key shown stands as a word of its own (a policy parameter's key may start like one)
        List<String> shown =
            TOKEN.matcher(text).results().map(m -> m.group()).filter(keys::contains).toList();
        assertEquals(List.of(), shown, where);
      }
    }
  }

  /** The keys of every capability's bundles, read from the web module's sources. */
  private static Set<String> bundleKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of(System.getProperty("web.bundles")))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          properties.load(in);
        }
        keys.addAll(properties.stringPropertyNames());
      }
    }
    return keys;
  }
}
