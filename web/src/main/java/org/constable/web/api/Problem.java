package org.constable.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail. */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {}

  static Response of(Response.Status status, String type, String detail) {
    return of(status, type, detail, List.of());
  }

  /** With the bad lines of a refused sheet, each in the caller's language. */
  static Response of(Response.Status status, String type, String detail, List<String> errors) {
    var body = builder(status, type, detail);
    if (!errors.isEmpty()) {
      var list = Json.createArrayBuilder();
      errors.forEach(list::add);
      body.add("errors", list);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }

  /** The body alone, for answers written outside Jakarta REST (the authentication filter). */
  public static String json(Response.Status status, String type, String detail) {
    return builder(status, type, detail).build().toString();
  }

  private static jakarta.json.JsonObjectBuilder builder(
      Response.Status status, String type, String detail) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("title", status.getReasonPhrase())
        .add("status", status.getStatusCode())
        .add("detail", detail == null ? "" : detail);
  }
}
