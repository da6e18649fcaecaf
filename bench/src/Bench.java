import static java.nio.charset.StandardCharsets.UTF_8;

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

  /**
   * One measured request. {@code floor}: the index of the probe that is its floor (-1: none);
   * {@code timed}: a floor that reports its own in-server time (Server-Timing); the targets (NaN:
   * none): p95 and median in ms, and the ratio of the medians to the floor's; {@code reps}: at most
   * this many repetitions (the slow reports), else the run's.
   */
  record Probe(
      String name,
      String path,
      Way way,
      int floor,
      boolean timed,
      double p95Max,
      double medianMax,
      double ratioMax,
      int reps) {
    static Probe of(String name, String path) {
      return new Probe(name, path, path.startsWith("/api/") ? Way.TOKEN : Way.SESSION, -1, false,
          Double.NaN, Double.NaN, Double.NaN, Integer.MAX_VALUE);
    }

    Probe basic() {
      return new Probe(name, path, Way.BASIC, floor, timed, p95Max, medianMax, ratioMax, reps);
    }

    Probe floorOf(int index) {
      return new Probe(name, path, way, index, timed, p95Max, medianMax, ratioMax, reps);
    }

    Probe timedFloor() {
      return new Probe(name, path, way, floor, true, p95Max, medianMax, ratioMax, reps);
    }

    Probe p95(double ms) {
      return new Probe(name, path, way, floor, timed, ms, medianMax, ratioMax, reps);
    }

    Probe median(double ms) {
      return new Probe(name, path, way, floor, timed, p95Max, ms, ratioMax, reps);
    }

    Probe ratio(double max) {
      return new Probe(name, path, way, floor, timed, p95Max, medianMax, max, reps);
    }

    Probe atMost(int repetitions) {
      return new Probe(name, path, way, floor, timed, p95Max, medianMax, ratioMax, repetitions);
    }

    String target() {
      List<String> parts = new ArrayList<>();
      if (!Double.isNaN(p95Max)) {
        parts.add("p95<=" + (int) p95Max);
      }
      if (!Double.isNaN(medianMax)) {
        parts.add("med<" + (int) medianMax);
      }
      if (!Double.isNaN(ratioMax)) {
        parts.add("x<=" + ratioMax);
      }
      return parts.isEmpty() ? "-" : String.join(" ", parts);
    }
  }

  /** One run's figures of one probe: server-side (or in-server, for a timed floor) times. */
  record Figures(double median, double p95, double max, double ratio, int n) {
    boolean meets(Probe p) {
      return !(p.p95Max() < p95 || p.medianMax() <= median || p.ratioMax() < ratio);
    }
  }

  static final int WARM_UP = 200;
  static final long WARM_UP_NANOS = 10_000_000_000L;
  /** A slow report gets no more time than this per run, at least MIN_REPS repetitions. */
  static final long PROBE_NANOS = 30_000_000_000L;
  static final int MIN_REPS = 10;

  static HttpClient SESSION;
  static final HttpClient STATELESS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static String app;
  static String basic;
  static String bearer;

  /**
   * Arguments: application URL, police number, password, repetitions, access log, runs, and the
   * trainer's police number (optional: the training writes).
   */
  public static void main(String[] args) throws Exception {
    app = args[0];
    basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(UTF_8));
    int reps = Integer.parseInt(args[3]);
    Path accessLog = Path.of(args[4]);
    int runs = Integer.parseInt(args[5]);
    SESSION = Load.logIn(app, args[1], args[2]);
    bearer = "Bearer " + issueToken();
    roster(accessLog);

    List<Probe> probes = probes();
    for (Probe p : probes) {
      get(p, "w");
      long started = System.nanoTime();
      for (int n = 1; n < WARM_UP && System.nanoTime() - started < WARM_UP_NANOS; n++) {
        get(p, "w");
      }
    }
    List<Figures[]> byRun = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
      double[][] client = new double[probes.size()][];
      double[][] inServer = new double[probes.size()][];
      for (int i = 0; i < probes.size(); i++) {
        Probe p = probes.get(i);
        int n = Math.min(reps, p.reps());
        List<Double> c = new ArrayList<>();
        List<Double> t = new ArrayList<>();
        long started = System.nanoTime();
        for (int k = 0; k < n && (k < MIN_REPS || System.nanoTime() - started < PROBE_NANOS); k++) {
          long sent = System.nanoTime();
          var response = get(p, "m" + (run * 100 + i));
          c.add((System.nanoTime() - sent) / 1e6);
          response.headers().firstValue("Server-Timing")
              .map(v -> v.replaceAll(".*dur=([0-9.]+).*", "$1"))
              .ifPresent(v -> t.add(Double.parseDouble(v)));
        }
        client[i] = c.stream().mapToDouble(Double::doubleValue).toArray();
        inServer[i] = t.stream().mapToDouble(Double::doubleValue).toArray();
      }
      double[][] server = serverTimes(accessLog, run, probes, client);
      Figures[] figures = new Figures[probes.size()];
      for (int i = 0; i < probes.size(); i++) {
        double[] times = probes.get(i).timed() ? inServer[i] : server[i];
        figures[i] = figures(times);
      }
      for (int i = 0; i < probes.size(); i++) {
        int f = probes.get(i).floor();
        if (f >= 0) {
          Figures x = figures[i];
          figures[i] = new Figures(x.median(), x.p95(), x.max(), x.median() / figures[f].median(), x.n());
        }
      }
      byRun.add(figures);
      System.out.printf("%nRun %d of %d (load average %s at its start), as %s%n", run + 1, runs, load, args[1]);
      table(probes, List.<Figures[]>of(figures));
      System.out.printf("Officer list page against a static file of the same server (client round-trip medians): %.1f / %.1f ms%n",
          median(client[1]), median(client[0]));
    }
    if (runs > 1) {
      System.out.printf("%nThe median of the %d runs (each figure the median of the runs' figures; 'all runs': the target held in every run)%n", runs);
      table(probes, byRun);
    }
    if (args.length > 6) {
      writes(args[6], args[2], accessLog);
    }
  }

  /** The requests HR's pages and integrations make, each beside its floor. */
  static List<Probe> probes() throws Exception {
    var probes = new ArrayList<Probe>();
    probes.add(Probe.of("HTTP floor: a static file", "/resources/css/constable.css"));
    probes.add(Probe.of("officer list page (HTML, 在职民警)", "/personnel/officers.xhtml").p95(100));
    String[][] lists = {
      {"first page: ?first=0&size=20", "first=0&size=20", "50"},
      {"filtered: ?line=JJ&status=ON_DUTY", "line=JJ&status=ON_DUTY", "50"},
      {"sorted, deep: ?sort=-name&first=5000", "sort=-name&first=5000", "50"},
      {"name search: ?q=王", "q=" + URLEncoder.encode("王", UTF_8), "100"},
      {"pinyin search: ?q=wang", "q=wang", ""},
    };
    int pageFloor = probes.size();
    probes.add(Probe.of("floor: 在职民警 page (SQL)", "/api/officers/floor?category=POLICE&serving=true").timedFloor());
    probes.set(1, probes.get(1).floorOf(pageFloor));
    for (String[] list : lists) {
      int floor = probes.size();
      probes.add(Probe.of("floor: " + list[0].replaceAll(":.*", "") + " (SQL)", "/api/officers/floor?" + list[1]).timedFloor());
      Probe request = Probe.of(list[0], "/api/officers?" + list[1]).floorOf(floor);
      probes.add(list[2].isEmpty() ? request : request.p95(Double.parseDouble(list[2])));
    }
    int workforceFloor = probes.size();
    probes.add(Probe.of("floor: workforce scan (SQL)", "/api/workforce/floor").timedFloor());
    probes.add(Probe.of("workforce dashboard: GET /api/workforce", "/api/workforce").floorOf(workforceFloor).ratio(1.5).median(300));
    int me = probes.size();
    probes.add(Probe.of("auth only: GET /api/me (token)", "/api/me").p95(10));
    probes.add(Probe.of("auth only: GET /api/me (Basic, Argon2id)", "/api/me").basic().atMost(50));
    int year = java.time.LocalDate.now().getYear();
    int floor = probes.size();
    probes.add(Probe.of("training floor: raw attendance", "/api/training/quota/attendance?year=" + year).timedFloor().atMost(20));
    probes.add(Probe.of("training quota report, whole force", "/api/training/quota/units?year=" + year).floorOf(floor).ratio(0.25).atMost(50));
    probes.add(Probe.of("my training record (HTML)", "/training/mine.xhtml").p95(100));
    floor = probes.size();
    probes.add(Probe.of("certificates floor: bare aggregates", "/api/qualification/compliance/floor").timedFloor().atMost(20));
    probes.add(Probe.of("certificate compliance, whole force", "/api/qualification/compliance").floorOf(floor).ratio(1.5).atMost(20));
    floor = probes.size();
    probes.add(Probe.of("leave floor: bare ledger aggregate", "/api/leave/rates/floor?year=" + year).timedFloor());
    probes.add(Probe.of("leave rate report, whole force", "/api/leave/rates?year=" + year).floorOf(floor).ratio(1.5));
    probes.set(me + 1, probes.get(me + 1).floorOf(me));
    return probes;
  }

  static void table(List<Probe> probes, List<Figures[]> runs) {
    boolean many = runs.size() > 1;
    System.out.printf("%n| %-44s | %-22s | %9s | %9s | %9s | %6s | %-6s | %s%n|%s|%s|%s|%s|%s|%s|%s|%n",
        "request (server-side ms; a floor: in-server SQL)", "target", "median", "p95", "max", "ratio",
        many ? "all" : "met", "n",
        "-".repeat(46), "-".repeat(24), "-".repeat(11), "-".repeat(11), "-".repeat(11), "-".repeat(8), "-".repeat(8));
    for (int i = 0; i < probes.size(); i++) {
      int index = i;
      Probe p = probes.get(i);
      double medianMs = medianOf(runs, f -> f[index].median());
      double p95 = medianOf(runs, f -> f[index].p95());
      double max = medianOf(runs, f -> f[index].max());
      double ratio = medianOf(runs, f -> f[index].ratio());
      boolean target = !p.target().equals("-");
      String met = !target ? "" : runs.stream().allMatch(f -> f[index].meets(p)) ? "yes" : "NO";
      System.out.printf("| %-44s | %-22s | %9.1f | %9.1f | %9.1f | %6s | %-6s | %d%n",
          p.name(), p.target(), medianMs, p95, max,
          Double.isNaN(ratio) ? "" : String.format("%.2f", ratio), met, runs.get(0)[i].n());
    }
  }

  static double medianOf(List<Figures[]> runs, java.util.function.ToDoubleFunction<Figures[]> figure) {
    return median(runs.stream().mapToDouble(figure).toArray());
  }

  static Figures figures(double[] ms) {
    if (ms.length == 0) {
      return new Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return new Figures(percentile(sorted, 0.5), percentile(sorted, 0.95), sorted[sorted.length - 1], Double.NaN, ms.length);
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
        (probe.way() != Way.SESSION ? STATELESS : SESSION).send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 && !label.equals("w")) {
      throw new IllegalStateException(probe.path() + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return response;
  }

  /** The run's measured lines of the access log ("m<run*100+i> <µs>"), waiting for Undertow. */
  static double[][] serverTimes(Path accessLog, int run, List<Probe> probes, double[][] client) throws Exception {
    for (int attempt = 0; ; attempt++) {
      List<List<Double>> found = new ArrayList<>();
      for (int i = 0; i < probes.size(); i++) {
        found.add(new ArrayList<>());
      }
      for (String line : Files.readAllLines(accessLog)) {
        String[] field = line.trim().split(" ");
        if (field.length == 2 && field[0].matches("m\\d+") && field[1].matches("\\d+")) {
          int label = Integer.parseInt(field[0].substring(1));
          if (label / 100 == run) {
            found.get(label % 100).add(Long.parseLong(field[1]) / 1e3);
          }
        }
      }
      boolean complete = true;
      for (int i = 0; i < probes.size(); i++) {
        complete &= found.get(i).size() >= client[i].length;
      }
      if (complete || attempt == 20) {
        double[][] times = new double[probes.size()][];
        for (int i = 0; i < probes.size(); i++) {
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
