package org.constable.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail. */
final class Problem {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {}

  static Response of(Response.Status status, String type, String detail) {
    var body =
        Json.createObjectBuilder()
            .add("type", type)
            .add("title", status.getReasonPhrase())
            .add("status", status.getStatusCode())
            .add("detail", detail == null ? "" : detail)
            .build();
    return Response.status(status).type(MEDIA_TYPE).entity(body.toString()).build();
  }
}
