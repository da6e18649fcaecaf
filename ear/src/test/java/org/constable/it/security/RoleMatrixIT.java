package org.constable.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.constable.it.AsUser;
import org.constable.it.Deployments;
import org.constable.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role matrix ({@code role-matrix.txt}) against the real server: every page by the session a
 * log-in gives, every endpoint by HTTP Basic, for every demo role, on the role's own record, a
 * colleague's and another county's; writes included. Zero leaks: every cell must answer as the
 * matrix says. A page or endpoint that the matrix does not list fails the build.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

  private static final List<String> ROLES =
      List.of(
          "admin",
          "hr-city",
          "hr-county",
          "trainer",
          "leader",
          "officer",
          "auditor",
          "secadmin",
          "health");
  private static final Path WEBAPP = Path.of("../web/src/main/webapp");
  private static final Path API = Path.of("../web/src/main/java/org/constable/web/api");

  /** Pages nobody needs to be let in to: the log-in itself and the error pages. */
  private static final Set<String> OPEN_PAGES = Set.of("/login.xhtml");

  private static final String OTHER_COUNTY_UNIT = "150821000000";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  /** One row of the matrix. */
  record Line(
      String kind, String method, String path, String target, Map<String, Character> cells) {
    String surface() {
      return method + " " + path;
    }
  }

  @Test
  void everyPageAndEndpointIsInTheMatrix() throws IOException {
    List<Line> lines = matrix();
    Set<String> listed = new TreeSet<>();
    lines.forEach(
        l ->
            listed.add(
                l.kind()
                    + " "
                    + l.method()
                    + " "
                    + l.path().replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "{}")));
    Set<String> missing = new TreeSet<>();
    for (String page : pages()) {
      if (!listed.contains("PAGE GET " + page)) {
        missing.add("PAGE GET " + page);
      }
    }
    for (String endpoint : endpoints()) {
      if (!listed.contains("API " + endpoint)) {
        missing.add("API " + endpoint);
      }
    }
    assertEquals(Set.of(), missing, "pages and endpoints missing from role-matrix.txt");
  }

  @Test
  void everyRoleReachesWhatTheMatrixAllowsAndNothingElse() throws Exception {
    List<Line> lines = matrix();
    Map<String, Map<String, String>> targets = targets();
    List<String> wrong = new ArrayList<>();
    int asked = 0;
    for (String role : ROLES) {
      HttpClient pages = logIn(role);
      for (Line line : lines) {
        char expected = line.cells().get(role);
        if (expected == '-') {
          continue;
        }
        String path = resolve(line, targets.get(role));
        int status =
            line.kind().equals("PAGE")
                ? send(pages, line.method(), path, null, null).statusCode()
                : send(http(), line.method(), path, role, body(line)).statusCode();
        asked++;
        // a server error is never right; a redirect from a page is to the log-in
        boolean allowed =
            status < 500 && status != 401 && status != 403 && status != 404 && status != 302;
        boolean denied = status == 403 || status == 404;
        if (expected == 'A' ? !allowed : !denied) {
          wrong.add(
              role
                  + " "
                  + line.surface()
                  + " ["
                  + line.target()
                  + "] expected "
                  + expected
                  + ", got "
                  + status
                  + " at "
                  + path);
        }
      }
    }
    assertTrue(asked > 300, "cells asked: " + asked);
    assertEquals(List.of(), wrong, "cells that answer otherwise than the matrix says");
  }

  /**
   * A hand-made ajax post: the page of the role's own record is open, and the post that loads each
   * of its tabs carries another officer's id, out of the role's scope. No answer may name that
   * officer (its police number: a name may also be a mentor's), whatever the tab.
   */
  @Test
  void anAjaxPostCarryingAnotherOfficersIdShowsNothingOfIt() throws Exception {
    Map<String, Map<String, String>> targets = targets();
    int posted = 0;
    for (String[] probe :
        new String[][] {
          {"officer", "colleague"}, {"leader", "other-county"}, {"hr-county", "other-county"}
        }) {
      String role = probe[0];
      Map<String, String> target = targets.get(role);
      String stranger = target.get(probe[1] + ".id");
      String strangerPn = field(get("/api/officers/" + stranger, "hr-city"), "policeNumber");
      HttpClient client = logIn(role);
      String page =
          send(client, "GET", "/personnel/officer.xhtml?id=" + target.get("own.id"), null, null)
              .body();
      Matcher state =
          Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
      assertTrue(state.find(), role + ": the record's view state");
      Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page);
      assertTrue(nonce.find(), role + ": the page's nonce");
      Matcher tabs = Pattern.compile("href=\"#(officer:tabs:[A-Za-z0-9_]+)\"").matcher(page);
      int index = 0;
      while (tabs.find()) {
        String tab = tabs.group(1);
        Map<String, String> post = new LinkedHashMap<>();
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", "officer:tabs");
        post.put("jakarta.faces.partial.execute", "officer:tabs");
        post.put("jakarta.faces.partial.render", "officer:tabs");
        post.put("officer:tabs_contentLoad", "true");
        post.put("officer:tabs_newTab", tab);
        post.put("officer:tabs_tabindex", String.valueOf(index++));
        post.put("officer", "officer");
        post.put("id", stranger);
        // as PrimeFaces posts it: without the page's nonce an ajax post is refused outright
        post.put("primefaces.nonce", nonce.group(1));
        post.put("jakarta.faces.ViewState", state.group(1));
        String fields = form(post);
        var response =
            client.send(
                HttpRequest.newBuilder(uri("/personnel/officer.xhtml?id=" + stranger))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(fields))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        posted++;
        String body = response.body();
        assertTrue(response.statusCode() < 500, role + " " + tab + ": " + response.statusCode());
        assertTrue(
            !body.contains(strangerPn),
            role + " " + tab + " shows the other officer " + strangerPn + ":\n" + body);
      }
    }
    assertTrue(posted >= 6, "tab posts made: " + posted);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
  }

  private static String body(Line line) {
    if (!line.method().equals("PUT") && !line.method().equals("POST")) {
      return null;
    }
    return line.path().endsWith("/results") ? "[]" : "{}";
  }

  private static String resolve(Line line, Map<String, String> target) {
    String path = line.path();
    if (line.target().equals("-")) {
      return path;
    }
    String resolved = path;
    for (var placeholder : Map.of("{id}", ".id", "{pn}", ".pn").entrySet()) {
      if (resolved.contains(placeholder.getKey())) {
        resolved =
            resolved.replace(
                placeholder.getKey(), target.get(line.target() + placeholder.getValue()));
      }
    }
    return resolved
        .replace("{session}", target.get("taught"))
        .replace("{token}", target.get("hr-token"));
  }

  /** For each role: the ids and police numbers of its own officer, a colleague, a stranger. */
  private Map<String, Map<String, String>> targets() throws Exception {
    String otherUnit = firstId(get("/api/units?q=" + OTHER_COUNTY_UNIT + "&size=1", "hr-city"));
    String stranger = firstId(get("/api/officers?size=1&unit=" + otherUnit, "hr-city"));
    String strangerPn = field(get("/api/officers/" + stranger, "hr-city"), "policeNumber");
    String taught = firstId(get("/api/training/sessions?size=1", "trainer"));
    var issued =
        send(http(), "POST", "/api/tokens", "hr-city", "{\"name\": \"role matrix\", \"days\": 1}");
    assertEquals(201, issued.statusCode(), issued.body());
    String hrToken = field(issued.body(), "id");
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    for (String role : ROLES) {
      String me = get("/api/me", role);
      String own = field(me, "officerId");
      String record = get("/api/officers/" + own, "hr-city");
      String unit = field(record, "unitId");
      String colleague = null;
      Matcher ids =
          Pattern.compile("\"id\":(\\d+)")
              .matcher(get("/api/officers?size=5&unit=" + unit, "hr-city"));
      while (ids.find() && colleague == null) {
        if (!ids.group(1).equals(own)) {
          colleague = ids.group(1);
        }
      }
      assertTrue(colleague != null, "a colleague of " + role);
      Map<String, String> target = new LinkedHashMap<>();
      target.put("own.id", own);
      target.put("own.pn", field(me, "policeNumber"));
      target.put("colleague.id", colleague);
      target.put(
          "colleague.pn", field(get("/api/officers/" + colleague, "hr-city"), "policeNumber"));
      target.put("other-county.id", stranger);
      target.put("other-county.pn", strangerPn);
      target.put("taught", taught);
      target.put("hr-token", hrToken);
      all.put(role, target);
    }
    return all;
  }

  /** A page session: the log-in form posted as a browser posts it. */
  private HttpClient logIn(String role) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String form = send(client, "GET", "/login.xhtml", null, null).body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
    assertTrue(state.find(), "the log-in form's view state");
    String fields =
        "login=login&login%3ApoliceNumber="
            + ServerLog.policeNumberOf(role)
            + "&login%3Apassword="
            + URLEncoder.encode(AsUser.PASSWORD, StandardCharsets.UTF_8)
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    var response =
        client.send(
            HttpRequest.newBuilder(uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = response.headers().firstValue("Location").orElse("");
    assertTrue(
        response.statusCode() == 302 && location.contains("/index.xhtml"),
        role + " logs in: " + response.statusCode() + " " + location);
    return client;
  }

  private HttpClient http() {
    return HttpClient.newHttpClient();
  }

  private String get(String path, String role) throws Exception {
    var response = send(http(), "GET", path, role, null);
    assertEquals(200, response.statusCode(), path + " as " + role + ": " + response.body());
    return response.body();
  }

  private HttpResponse<String> send(
      HttpClient client, String method, String path, String basicRole, String json)
      throws Exception {
    var request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN");
    if (basicRole != null) {
      request.header("Authorization", AsUser.basic(ServerLog.policeNumberOf(basicRole)));
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(base.toString().replaceAll("/$", "") + path);
  }

  private static String firstId(String json) {
    return field(json, "id");
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return m.group(1);
  }

  private static List<Line> matrix() throws IOException {
    List<Line> lines = new ArrayList<>();
    try (var in = RoleMatrixIT.class.getResourceAsStream("/role-matrix.txt")) {
      for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = row.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] f = text.split("\\s+");
        assertEquals(4 + ROLES.size(), f.length, "columns of: " + text);
        Map<String, Character> cells = new LinkedHashMap<>();
        for (int i = 0; i < ROLES.size(); i++) {
          cells.put(ROLES.get(i), f[4 + i].charAt(0));
        }
        lines.add(new Line(f[0], f[1], f[2], f[3], cells));
      }
    }
    return lines;
  }

  /** Every page a capability can serve: the .xhtml files outside WEB-INF and the error pages. */
  private static Set<String> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      Set<String> pages = new TreeSet<>();
      files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/error/"))
          .filter(p -> !OPEN_PAGES.contains(p))
          .forEach(pages::add);
      return pages;
    }
  }

  /** Every REST endpoint, "METHOD /api/path", read from the resources' annotations. */
  private static Set<String> endpoints() throws IOException {
    Set<String> endpoints = new LinkedHashSet<>();
    Pattern classPath = Pattern.compile("^@Path\\(\"([^\"]*)\"\\)", Pattern.MULTILINE);
    Pattern method =
        Pattern.compile(
            "@(GET|PUT|POST|DELETE)\\s+(?:@Path\\(\"([^\"]*)\"\\)\\s+)?(?:@[A-Za-z]+(?:\\([^)]*\\))?\\s+)*public");
    try (Stream<Path> files = Files.list(API)) {
      for (Path file : files.filter(p -> p.toString().endsWith("Resource.java")).toList()) {
        String source = Files.readString(file);
        Matcher root = classPath.matcher(source);
        if (!root.find()) {
          continue;
        }
        Matcher m = method.matcher(source);
        while (m.find()) {
          String sub = m.group(2) == null ? "" : m.group(2);
          String path =
              ("/api" + root.group(1) + (sub.isEmpty() || sub.startsWith("/") ? sub : "/" + sub));
          endpoints.add(m.group(1) + " " + path.replaceAll("\\{[^}]+}", "{}"));
        }
      }
    }
    return endpoints;
  }
}
