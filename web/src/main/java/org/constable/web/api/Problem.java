package org.constable.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail. */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {}

  static Response of(Response.Status status, String type, String detail) {
    return Response.status(status).type(MEDIA_TYPE).entity(json(status, type, detail)).build();
  }

  /** The body alone, for answers written outside Jakarta REST (the authentication filter). */
  public static String json(Response.Status status, String type, String detail) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("title", status.getReasonPhrase())
        .add("status", status.getStatusCode())
        .add("detail", detail == null ? "" : detail)
        .build()
        .toString();
  }
}
