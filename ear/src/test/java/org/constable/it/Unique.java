package org.constable.it;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constable.personnel.IdNumber;

/**
 * Values that no earlier test run on the same database took, so that the suite can run twice
 * against one database: police numbers above the highest one tests gave so far (tests use 400000 to
 * 499999; the demo force uses 15xxxx and 90xxxx), ID numbers derived from them, and codes with the
 * time in them.
 */
public final class Unique {

  static final int FIRST = 400_000;
  static final int LAST = 499_999;

  private static final AtomicLong LAST_STAMP = new AtomicLong();

  private Unique() {}

  /** The first of {@code count} police numbers that no officer has, inside the server. */
  public static int policeNumbers(EntityManager em, int count) {
    Object highest =
        em.createNativeQuery(
                "SELECT MAX(police_number) FROM officer WHERE police_number BETWEEN ?1 AND ?2")
            .setParameter(1, String.valueOf(FIRST))
            .setParameter(2, String.valueOf(LAST))
            .getSingleResult();
    return next(highest == null ? null : highest.toString(), count);
  }

  /** The same from outside the server, asking the REST API as the city's HR. */
  public static int policeNumbers(URL base, int count) {
    String url =
        base.toString().replaceAll("/$", "") + "/api/officers?q=4&size=1&sort=-policeNumber";
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", AsUser.basic(ServerLog.policeNumberOf("hr-city")))
            .build();
    try {
      String body =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
      Matcher matcher = Pattern.compile("\"policeNumber\"\\s*:\\s*\"(4\\d{5})\"").matcher(body);
      return next(matcher.find() ? matcher.group(1) : null, count);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int next(String highest, int count) {
    int first = highest == null ? FIRST + 1 : Integer.parseInt(highest) + 1;
    if (first + count - 1 > LAST) {
      throw new IllegalStateException("The test police numbers are used up: use a fresh database");
    }
    return first;
  }

  /**
   * A valid 18-digit ID number of its own for each test police number: born in 1980, the day and
   * sequence taken from the police number, in a Beijing region the demo force never uses.
   */
  public static String idNumber(int policeNumber) {
    int n = policeNumber - FIRST;
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n / 1000);
    String digits =
        "110105" + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", n % 1000);
    return IdNumber.withCheckDigit(digits).value();
  }

  /** A code that no earlier run used: the prefix and the time, e.g. {@code T-TEAM-MI4Q2X7A}. */
  public static String code(String prefix) {
    long stamp = LAST_STAMP.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
    return prefix + Long.toString(stamp, 36).toUpperCase(Locale.ROOT);
  }
}
