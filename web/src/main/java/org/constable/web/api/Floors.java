package org.constable.web.api;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The benchmark's floors (the least work that gives a report's answer) answered with their own time
 * in a {@code Server-Timing} header: from the service call to its answer, without REST, JSON or
 * authentication, so that a request is set against its bare SQL.
 */
final class Floors {

  private Floors() {}

  static Response timed(Supplier<?> floor) {
    long started = System.nanoTime();
    Object answer = floor.get();
    double millis = (System.nanoTime() - started) / 1e6;
    return Response.ok(answer)
        .header("Server-Timing", String.format(Locale.ROOT, "floor;dur=%.3f", millis))
        .build();
  }
}
