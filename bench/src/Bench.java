import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times requests one after another, after a warm-up: the client's round-trip on loopback and the
 * server's own response time, which Undertow writes to its access log next to the X-Bench header
 * this sends ("w" for warm-up, "m<i>" for the i-th measured request type).
 *
 * <p>Two ways in: a session from the log-in form (as the officer list page works: the password is
 * checked once) and HTTP Basic (as an API client: one Argon2id check on every request).
 *
 * <p>Arguments: application URL, police number, password, repetitions, access log file.
 */
public class Bench {

  /** How a probe is let in: the page session, HTTP Basic, or a personal API token. */
  enum Way {
    SESSION,
    BASIC,
    TOKEN
  }

  record Probe(String name, String path, String target, Way way) {
    /** Without Basic: a page through the log-in session, an endpoint with the token (REST takes no session). */
    Probe(String name, String path, String target, boolean basic) {
      this(name, path, target, basic ? Way.BASIC : path.startsWith("/api/") ? Way.TOKEN : Way.SESSION);
    }

    boolean basic() {
      return way != Way.SESSION;
    }
  }

  static final int WARM_UP = 20;
  static final long WARM_UP_NANOS = 5_000_000_000L;
  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  static final HttpClient SESSION =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  static final HttpClient STATELESS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static String app;
  static String basic;
  static String bearer;

  public static void main(String[] args) throws Exception {
    app = args[0];
    basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(UTF_8));
    int reps = Integer.parseInt(args[3]);
    Path accessLog = Path.of(args[4]);
    logIn(args[1], args[2]);
    bearer = "Bearer " + issueToken();
    roster(accessLog);

    String name = "/api/officers?q=" + URLEncoder.encode("王", UTF_8);
    var probes = new ArrayList<Probe>();
    int staticFile = probes.size();
    probes.add(new Probe("HTTP floor: a static file", "/resources/css/constable.css", "-", false));
    int listPage = probes.size();
    probes.add(new Probe("officer list page (HTML, first page)", "/personnel/officers.xhtml", "< 100 ms", false));
    for (boolean viaBasic : new boolean[] {false, true}) {
      if (viaBasic) {
        probes.add(new Probe("auth only: GET /api/me", "/api/me", "-", true));
      }
      probes.add(new Probe("first page: ?first=0&size=20", "/api/officers?first=0&size=20", "< 100 ms", viaBasic));
      probes.add(new Probe("filtered: ?line=JJ&status=ON_DUTY", "/api/officers?line=JJ&status=ON_DUTY", "< 100 ms", viaBasic));
      probes.add(new Probe("sorted, deep: ?sort=-name&first=5000", "/api/officers?sort=-name&first=5000", "< 100 ms", viaBasic));
      probes.add(new Probe("name search: ?q=王", name, "-", viaBasic));
      int status = get(new Probe("", "/api/workforce", "", viaBasic), "w").statusCode();
      if (status == 200) {
        probes.add(new Probe("workforce dashboard: GET /api/workforce", "/api/workforce", "< 1 s", viaBasic));
      } else if (!viaBasic) {
        System.out.printf("GET /api/workforce answers HTTP %d: not measured%n%n", status);
      }
    }

    int tokenMe = probes.size();
    probes.add(new Probe("auth only: GET /api/me", "/api/me", "<= 10 ms", Way.TOKEN));
    int basicMe = probes.indexOf(probes.stream().filter(p -> p.way() == Way.BASIC).findFirst().orElseThrow());

    int year = java.time.LocalDate.now().getYear();
    int floor = probes.size();
    probes.add(new Probe("training floor: raw attendance per unit", "/api/training/quota/attendance?year=" + year, "-", false));
    int report = probes.size();
    probes.add(new Probe("training quota report, whole force", "/api/training/quota/units?year=" + year, "<= floor/4", false));
    probes.add(new Probe("my training record (HTML)", "/training/mine.xhtml", "< 100 ms", false));
    int complianceFloor = probes.size();
    probes.add(new Probe("certificates floor: bare aggregates", "/api/qualification/compliance/floor", "-", false));
    int compliance = probes.size();
    probes.add(new Probe("certificate compliance, whole force", "/api/qualification/compliance", "<= 1.5 floor", false));
    int leaveFloor = probes.size();
    probes.add(new Probe("leave floor: bare ledger aggregate", "/api/leave/rates/floor?year=" + year, "-", false));
    int leaveRate = probes.size();
    probes.add(new Probe("leave rate report, whole force", "/api/leave/rates?year=" + year, "<= 1.5 floor", false));

    String[] totals = new String[probes.size()];
    for (int i = 0; i < probes.size(); i++) {
      Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(get(probes.get(i), "w").body());
      totals[i] = probes.get(i).path().startsWith("/api/officers") && total.find() ? total.group(1) : "";
      long started = System.nanoTime();
      for (int n = 1; n < WARM_UP && System.nanoTime() - started < WARM_UP_NANOS; n++) {
        get(probes.get(i), "w");
      }
    }

    double[][] client = new double[probes.size()][reps];
    for (int i = 0; i < probes.size(); i++) {
      for (int n = 0; n < reps; n++) {
        long started = System.nanoTime();
        get(probes.get(i), "m" + i);
        client[i][n] = (System.nanoTime() - started) / 1e6;
      }
    }
    double[][] server = serverTimes(accessLog, probes.size(), reps);

    System.out.printf("%d repetitions each, one at a time, as %s; ms: median / p95 / max%n", reps, args[1]);
    for (Way way : Way.values()) {
      System.out.printf(
          "%n%s%n%n| %-40s | %-8s | %-22s | %-22s | %6s |%n|%s|%s|%s|%s|%s|%n",
          switch (way) {
            case BASIC -> "HTTP Basic, no session (an API client: every request checks the password)";
            case TOKEN -> "Personal API token (as an integration works: no password hash; every use audited)";
            case SESSION -> "Pages, with the session of the log-in form (the password is checked once)";
          },
          "request", "target", "server-side", "client round-trip", "rows",
          "-".repeat(42), "-".repeat(10), "-".repeat(24), "-".repeat(24), "-".repeat(8));
      for (int i = 0; i < probes.size(); i++) {
        Probe p = probes.get(i);
        if (p.way() == way) {
          System.out.printf(
              "| %-40s | %-8s | %-22s | %-22s | %6s |%n",
              p.name(), p.target(), stats(server[i]), stats(client[i]), totals[i]);
        }
      }
    }
    System.out.printf(
        "%nTraining quota report against its floor (server-side medians, same run): %.1f / %.1f ms = %.2f%n",
        median(server[report]), median(server[floor]), median(server[report]) / median(server[floor]));
    System.out.printf(
        "Certificate compliance report against its floor (server-side medians, same run): %.1f / %.1f ms = %.2f%n",
        median(server[compliance]), median(server[complianceFloor]),
        median(server[compliance]) / median(server[complianceFloor]));
    System.out.printf(
        "Leave rate report against its floor (server-side medians, same run): %.1f / %.1f ms = %.2f (target <= 1.5)%n",
        median(server[leaveRate]), median(server[leaveFloor]),
        median(server[leaveRate]) / median(server[leaveFloor]));
    System.out.printf(
        "Officer list page against a static file of the same server (client round-trip medians): %.1f / %.1f ms = %.1f%n",
        median(client[listPage]), median(client[staticFile]), median(client[listPage]) / median(client[staticFile]));
    System.out.printf(
        "GET /api/me with a token against HTTP Basic (server-side medians, same run): %.1f / %.1f ms = %.2f%n",
        median(server[tokenMe]), median(server[basicMe]), median(server[tokenMe]) / median(server[basicMe]));
    if (args.length > 5) {
      writes(args[5], args[2], accessLog);
    }
  }

  /**
   * The trainer's writes through the API on the sessions bench/training-sessions.sql made: a day's
   * roll of 200 (target < 1 s) and a sheet of 3,000 scores (target < 5 s, the size of an import).
   * Each repetition changes every row (2 and 1 half days, 75 and 80 points in turn).
   */
  static void writes(String trainer, String password, Path accessLog) throws Exception {
    String auth = "Basic " + Base64.getEncoder().encodeToString((trainer + ":" + password).getBytes(UTF_8));
    String day = java.time.LocalDate.now().toString();
    String roll = "/api/training/sessions/900000020/attendance?day=" + day;
    List<String> rollNumbers = numbers(send("GET", roll, auth, null, "w").body());
    List<String> examNumbers = numbers(send("GET", "/api/training/sessions/900000021/results", auth, null, "w").body());
    String[] names = {"confirm the roll of 200 (PUT attendance)", "enter 3,000 scores (PUT results)"};
    String[] targets = {"< 1 s", "< 5 s"};
    int[] reps = {10, 5};
    double[][] client = new double[2][];
    for (int w = 0; w < 2; w++) {
      client[w] = new double[reps[w]];
      for (int n = 0; n < reps[w]; n++) {
        String body;
        if (w == 0) {
          int halfDays = n % 2 == 0 ? 1 : 2;
          body = rollNumbers.stream().map(pn -> "\"" + pn + "\": " + halfDays).collect(Collectors.joining(", ", "{", "}"));
        } else {
          String score = n % 2 == 0 ? "75" : "80";
          body = examNumbers.stream()
              .map(pn -> "{\"policeNumber\": \"" + pn + "\", \"score\": \"" + score + "\"}")
              .collect(Collectors.joining(", ", "[", "]"));
        }
        long started = System.nanoTime();
        var response = send("PUT", w == 0 ? roll : "/api/training/sessions/900000021/results", auth, body, "x" + w);
        client[w][n] = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200) {
          throw new IllegalStateException(names[w] + ": HTTP " + response.statusCode() + " " + response.body());
        }
      }
    }
    Thread.sleep(1000);
    System.out.printf("%nTraining writes as the trainer (%d and %d trainees; ms: median / p95 / max)%n%n| %-42s | %-8s | %-22s | %-22s |%n",
        rollNumbers.size(), examNumbers.size(), "request", "target", "server-side", "client round-trip");
    for (int w = 0; w < 2; w++) {
      double[] server = serverTimesOf(accessLog, "x" + w);
      System.out.printf("| %-42s | %-8s | %-22s | %-22s |%n", names[w], targets[w], stats(server), stats(client[w]));
    }
  }

  /**
   * The roster import of issue 7 (target: 3,000 rows in at most 5 s server-side, the first import
   * after the start included): 3,000 new officers imported, then previewed unchanged three times,
   * then imported again with every phone number changed (3,000 updates). As a CSV through the REST
   * endpoint, which reads and checks it as the page does.
   */
  static void roster(Path accessLog) throws Exception {
    String[] names = {"import 3,000 new officers (first import after start)",
        "preview 3,000 unchanged rows", "import 3,000 updates"};
    String[] labels = {"r0", "r1", "r2"};
    String[] outcomes = new String[3];
    outcomes[0] = postRoster(rosterCsv("13904780000"), true, "r0");
    for (int i = 0; i < 3; i++) {
      outcomes[1] = postRoster(rosterCsv("13904780000"), false, "r1");
    }
    outcomes[2] = postRoster(rosterCsv("13904781111"), true, "r2");
    Thread.sleep(1000);
    System.out.printf("%nRoster import, 3,000 rows as HR (target <= 5 s server-side; ms: median / p95 / max)%n%n| %-54s | %-22s | %s%n",
        "request", "server-side", "answer");
    for (int i = 0; i < 3; i++) {
      System.out.printf("| %-54s | %-22s | %s%n", names[i], stats(serverTimesOf(accessLog, labels[i])), outcomes[i]);
    }
  }

  static String postRoster(String csv, boolean confirm, String label) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(app + "/api/personnel/roster?name=bench.csv&confirm=" + confirm))
        .header("Accept", "application/json")
        .header("Accept-Language", "zh-CN")
        .header("Content-Type", "application/octet-stream")
        .header("Authorization", basic)
        .header("X-Bench", label)
        .POST(HttpRequest.BodyPublishers.ofString(csv, UTF_8));
    var response = STATELESS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("roster: HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  /** 3,000 officers numbered from 600000 (the demo force numbers police from 150001 and staff from 900001), each with an ID number of its own (check digit right). */
  static String rosterCsv(String phone) {
    var csv = new StringBuilder("policeNumber,name,ethnicity,idNumber,firstEmploymentDate,policeJoinDate,"
        + "entryChannel,category,uniformNumber,rankCode,gradeCode,lineCode,postCode,frontLine,status,"
        + "education,phone,unitCode,politicalStatus,partyJoinDate,nativePlace,birthPlace\n");
    java.time.LocalDate born = java.time.LocalDate.of(1980, 1, 1);
    for (int i = 0; i < 3000; i++) {
      // a region and sequence the demo force never uses, so that no ID number is taken already
      String first17 = "110101" + born.plusDays(i).toString().replace("-", "") + "991";
      csv.append(600000 + i).append(",王伟,汉族,").append(withCheckDigit(first17))
          .append(",2005/7/1,2005.09.01,招录,民警,,一级警司,科员,治安,社区民警,否,在岗,大学本科,")
          .append(phone).append(",150800010000,中共党员,20100701,内蒙古巴彦淖尔,内蒙古临河\n");
    }
    return csv.toString();
  }

  static String withCheckDigit(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  static double[] serverTimesOf(Path accessLog, String label) throws Exception {
    return Files.readAllLines(accessLog).stream()
        .map(line -> line.trim().split(" "))
        .filter(f -> f.length == 2 && f[0].equals(label) && f[1].matches("\\d+"))
        .mapToDouble(f -> Long.parseLong(f[1]) / 1e3)
        .toArray();
  }

  /** The police numbers of a roll or a score sheet, in its order. */
  static List<String> numbers(String json) {
    return Pattern.compile("\"policeNumber\":\"(\\d+)\"").matcher(json).results().map(m -> m.group(1)).toList();
  }

  static HttpResponse<String> send(String method, String path, String auth, String body, String label) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(app + path))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("Authorization", auth)
        .header("X-Bench", label)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, UTF_8));
    return STATELESS.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static double median(double[] ms) {
    if (ms.length == 0) {
      return Double.NaN;
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return percentile(sorted, 0.5);
  }

  /** Logs in through the form, so that SESSION carries an authenticated session cookie. */
  static void logIn(String policeNumber, String password) throws Exception {
    String page = get(new Probe("", "/login.xhtml", "", false), "w").body();
    Matcher viewState = VIEW_STATE.matcher(page);
    if (!viewState.find()) {
      throw new IllegalStateException("No view state on the log-in page");
    }
    String form =
        Map.of(
                "login", "login",
                "login:policeNumber", policeNumber,
                "login:password", password,
                "login:submit", "",
                "jakarta.faces.ViewState", viewState.group(1))
            .entrySet()
            .stream()
            .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create(app + "/login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Bench", "w")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    SESSION.send(request, HttpResponse.BodyHandlers.discarding());
    // the pages' session (REST takes none): the home page shows who is logged in
    var home = get(new Probe("", "/index.xhtml", "", false), "w");
    int me = home.body().contains(policeNumber) ? 200 : 401;
    if (me != 200) {
      throw new IllegalStateException("Log-in through the form failed: the home page does not show " + policeNumber);
    }
  }

  /** A read-only token of the bench's account, issued through the API with HTTP Basic. */
  static String issueToken() throws Exception {
    var response =
        STATELESS.send(
            HttpRequest.newBuilder(URI.create(app + "/api/tokens"))
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"bench\", \"days\": 1}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
    if (response.statusCode() != 201 || !token.find()) {
      throw new IllegalStateException("no API token: HTTP " + response.statusCode() + " " + response.body());
    }
    return token.group(1);
  }

  static HttpResponse<String> get(Probe probe, String label) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(app + probe.path()))
            .header("Accept", probe.path().startsWith("/api/") ? "application/json" : "text/html")
            .header("X-Bench", label);
    if (probe.way() != Way.SESSION) {
      request.header("Authorization", probe.way() == Way.TOKEN ? bearer : basic);
    }
    HttpResponse<String> response =
        (probe.basic() ? STATELESS : SESSION).send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 && !label.equals("w")) {
      throw new IllegalStateException(probe.path() + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return response;
  }

  /** The measured lines of the access log ("m<i> <µs>"), waiting for Undertow to write them. */
  static double[][] serverTimes(Path accessLog, int probes, int reps) throws Exception {
    for (int attempt = 0; ; attempt++) {
      double[][] times = new double[probes][];
      List<List<Double>> found = new ArrayList<>();
      for (int i = 0; i < probes; i++) {
        found.add(new ArrayList<>());
      }
      if (Files.exists(accessLog)) {
        for (String line : Files.readAllLines(accessLog)) {
          String[] field = line.trim().split(" ");
          if (field.length == 2 && field[0].matches("m\\d+") && field[1].matches("\\d+")) {
            found.get(Integer.parseInt(field[0].substring(1))).add(Long.parseLong(field[1]) / 1e3);
          }
        }
      }
      boolean complete = found.stream().allMatch(f -> f.size() >= reps);
      if (complete || attempt == 20) {
        for (int i = 0; i < probes; i++) {
          times[i] = found.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return times;
      }
      Thread.sleep(500);
    }
  }

  static String stats(double[] ms) {
    if (ms.length == 0) {
      return "n/a";
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return String.format(
        "%.1f / %.1f / %.1f", percentile(sorted, 0.5), percentile(sorted, 0.95), sorted[sorted.length - 1]);
  }

  /** Nearest rank. */
  static double percentile(double[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
