import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load run of issue 13: many users logged in through the log-in form, each requesting the
 * pages HR uses in turn. First paced (about one second between a user's requests, as people
 * work), for a fixed time: latency percentiles and errors. Then the same users with no pause, to
 * find the saturated throughput (page views per second), beside the throughput of a static file
 * of the same server fetched the same way, its floor. Loopback only; every phase is bounded in
 * time.
 *
 * <p>Arguments: application URL, police number, password, users, paced seconds, saturated seconds.
 */
public class Load {

  /** The pages HR opens in a working day, in the order a user goes round them. */
  static final List<String> PAGES =
      List.of(
          "/index.xhtml",
          "/personnel/officers.xhtml",
          "/training/quota.xhtml",
          "/leave/rate.xhtml",
          "/qualification/certificates.xhtml",
          "/leave/desk.xhtml");

  static final String STATIC_FILE = "/resources/css/constable.css";
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  record Result(List<Double> millis, long errors, long views, Map<String, List<Double>> byPath) {}

  public static void main(String[] args) throws Exception {
    String app = args[0];
    String policeNumber = args[1];
    String password = args[2];
    int users = Integer.parseInt(args[3]);
    int pacedSeconds = Integer.parseInt(args[4]);
    int saturatedSeconds = Integer.parseInt(args[5]);

    List<HttpClient> sessions = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      sessions.add(logIn(app, policeNumber, password));
    }
    System.out.printf(
        "%nLoad run: %d users logged in through the form as %s, going round %d pages%n",
        users, policeNumber, PAGES.size());

    Result paced = run(app, sessions, PAGES, pacedSeconds, 1000);
    System.out.printf(
        "Paced (about 1 s between a user's requests), %d s: %d page views, %.1f per second;"
            + " ms median / p95 / max %s; errors %d (target: p95 < 100 ms, no errors)%n",
        pacedSeconds,
        paced.views(),
        paced.views() / (double) pacedSeconds,
        stats(paced.millis()),
        paced.errors());
    paced.byPath().forEach((path, millis) -> System.out.printf("  %-40s %s%n", path, stats(millis)));

    Result saturated = run(app, sessions, PAGES, saturatedSeconds, 0);
    Result floor = run(app, sessions, List.of(STATIC_FILE), saturatedSeconds, 0);
    double pages = saturated.views() / (double) saturatedSeconds;
    double files = floor.views() / (double) saturatedSeconds;
    System.out.printf(
        "Saturated (no pause), %d s each: pages %.1f views/s (ms median / p95 %s, errors %d);"
            + " static file %.1f /s (errors %d); pages / static file = %.3f%n",
        saturatedSeconds,
        pages,
        stats(saturated.millis()),
        saturated.errors(),
        files,
        floor.errors(),
        pages / files);
  }

  /** Every user goes round the paths until the time is up, pausing {@code pauseMillis} between. */
  static Result run(
      String app, List<HttpClient> sessions, List<String> paths, int seconds, long pauseMillis)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
    List<Future<Map<String, List<Double>>>> users = new ArrayList<>();
    for (int u = 0; u < sessions.size(); u++) {
      HttpClient session = sessions.get(u);
      int offset = u;
      users.add(
          pool.submit(
              () -> {
                Map<String, List<Double>> millis = new java.util.TreeMap<>();
                // users start spread over the first pause, not all at once
                Thread.sleep(pauseMillis * offset / Math.max(1, sessions.size()));
                for (int n = offset; System.nanoTime() < end; n++) {
                  String path = paths.get(n % paths.size());
                  long started = System.nanoTime();
                  try {
                    var response =
                        session.send(
                            HttpRequest.newBuilder(URI.create(app + path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Accept-Language", "zh-CN")
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200
                        || (path.endsWith(".xhtml") && response.body().contains("login:password"))) {
                      errors.incrementAndGet();
                    }
                  } catch (java.io.IOException e) {
                    errors.incrementAndGet();
                  }
                  millis
                      .computeIfAbsent(path, k -> new ArrayList<>())
                      .add((System.nanoTime() - started) / 1e6);
                  if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                  }
                }
                return millis;
              }));
    }
    List<Double> all = new ArrayList<>();
    Map<String, List<Double>> byPath = new java.util.TreeMap<>();
    for (var user : users) {
      user.get()
          .forEach(
              (path, millis) -> {
                all.addAll(millis);
                byPath.computeIfAbsent(path, k -> new ArrayList<>()).addAll(millis);
              });
    }
    pool.shutdown();
    return new Result(all, errors.get(), all.size(), byPath);
  }

  static HttpClient logIn(String app, String policeNumber, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String page =
        client
            .send(
                HttpRequest.newBuilder(URI.create(app + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
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
    client.send(
        HttpRequest.newBuilder(URI.create(app + "/login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    String home =
        client
            .send(
                HttpRequest.newBuilder(URI.create(app + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    if (!home.contains(policeNumber)) {
      throw new IllegalStateException("Log-in through the form failed for " + policeNumber);
    }
    return client;
  }

  static String stats(List<Double> millis) {
    if (millis.isEmpty()) {
      return "-";
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return String.format(
        "%.1f / %.1f / %.1f",
        percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
  }

  static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static {
    // the paced run keeps one connection per user open between requests
    System.setProperty("jdk.httpclient.keepalive.timeout", "30");
  }
}
