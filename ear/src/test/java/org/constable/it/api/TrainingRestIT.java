package org.constable.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.constable.it.AsUser;
import org.constable.it.Deployments;
import org.constable.it.ServerLog;
import org.constable.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The training API as a training centre's system uses it, with HTTP Basic: the trainer confirms a
 * day's roll and enters scores by police number, all or nothing; scoped as the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingRestIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();
  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void theTrainerConfirmsTheRollOfTheSessionItTeachesByPoliceNumber() throws Exception {
    String officer = ServerLog.policeNumberOf("officer");
    long running = demoSession(today.minusDays(2), "临河区公安分局训练馆");
    var saved =
        send(
            "PUT",
            "/api/training/sessions/" + running + "/attendance?day=" + today,
            "trainer",
            "{\"" + officer + "\": 2}");
    assertEquals(200, saved.statusCode(), saved.body());
    String line = lineOf(saved.body(), officer);
    assertTrue(line.contains("\"halfDays\":2") && line.contains("\"confirmed\":true"), line);

    var stranger =
        send(
            "PUT",
            "/api/training/sessions/" + running + "/attendance?day=" + today,
            "trainer",
            "{\"999999\": 2}");
    assertEquals(400, stranger.statusCode(), stranger.body());
    assertTrue(stranger.body().contains("警号 999999 不是本期学员"), stranger.body());

    // the trainer does not examine this one, and an officer takes no roll at all
    var officerTries =
        send(
            "PUT",
            "/api/training/sessions/" + running + "/attendance?day=" + today,
            "officer",
            "{\"" + officer + "\": 0}");
    assertEquals(403, officerTries.statusCode(), officerTries.body());
  }

  @Test
  void theExaminerEntersScoresAndABadLineRefusesTheSheet() throws Exception {
    String officer = ServerLog.policeNumberOf("officer");
    long ended = demoSession(today.minusDays(8), "巴彦淖尔市公安局教育训练中心");
    String path = "/api/training/sessions/" + ended + "/results";
    var refused =
        send(
            "PUT",
            path,
            "trainer",
            "[{\"policeNumber\": \"" + officer + "\", \"score\": \"101\"}]",
            "en");
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"errors\":[\"Row 1 (" + officer + "): "), refused.body());
    var entered =
        send(
            "PUT", path, "trainer", "[{\"policeNumber\": \"" + officer + "\", \"score\": \"75\"}]");
    assertEquals(200, entered.statusCode(), entered.body());
    assertTrue(lineOf(entered.body(), officer).contains("\"score\":75"), entered.body());
    // the officer may not read the sheet of its session
    assertEquals(403, send("GET", path, "officer", null).statusCode());
  }

  @Test
  void anOfficerReadsItsOwnRecordAndHrItsCountysQuota() throws Exception {
    var me = send("GET", "/api/me", "officer", null);
    String own = field(me.body(), "officerId");
    assertEquals(200, send("GET", "/api/training/officers/" + own, "officer", null).statusCode());
    var otherId = field(send("GET", "/api/me", "trainer", null).body(), "officerId");
    assertEquals(
        403, send("GET", "/api/training/officers/" + otherId, "officer", null).statusCode());
    assertEquals(404, send("GET", "/api/training/officers/99999999", "officer", null).statusCode());
    var quota = send("GET", "/api/training/quota/units", "hr-county", null);
    assertEquals(200, quota.statusCode(), quota.body());
    assertTrue(quota.body().contains("临河区公安分局"), quota.body());
    assertEquals(403, send("GET", "/api/training/quota/units", "trainer", null).statusCode());
  }

  /**
   * The demo's own session of the trainer (BrowserDemoSessions) that starts on the day at the
   * place: other tests give the trainer sessions on the same days.
   */
  private long demoSession(LocalDate day, String place) throws Exception {
    var list =
        send("GET", "/api/training/sessions?size=200&year=" + day.getYear(), "trainer", null);
    assertEquals(200, list.statusCode(), list.body());
    var matcher = Pattern.compile("\\{[^{}]*\\}").matcher(list.body());
    while (matcher.find()) {
      String item = matcher.group();
      if (item.contains("\"startDate\":\"" + day + "\"")
          && item.contains("\"place\":\"" + place + "\"")) {
        return Long.parseLong(field(item, "id"));
      }
    }
    throw new AssertionError("no demo session of the trainer at " + place + " on " + day);
  }

  private HttpResponse<String> send(String method, String path, String label, String json)
      throws Exception {
    return send(method, path, label, json, "zh-CN");
  }

  private HttpResponse<String> send(
      String method, String path, String label, String json, String language) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base.toString() + path.substring(1)))
            .header("Authorization", AsUser.basic(ServerLog.policeNumberOf(label)))
            .header("Accept-Language", language)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The flat JSON object of a list that holds the police number. */
  private static String lineOf(String json, String policeNumber) {
    var matcher = Pattern.compile("\\{[^{}]*\\}").matcher(json);
    while (matcher.find()) {
      if (matcher.group().contains("\"policeNumber\":\"" + policeNumber + "\"")) {
        return matcher.group();
      }
    }
    throw new AssertionError(policeNumber + " not in " + json);
  }

  private static String field(String json, String name) {
    var matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
    assertTrue(matcher.find(), name + " in " + json);
    return matcher.group(1);
  }
}
