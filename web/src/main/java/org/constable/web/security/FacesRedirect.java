package org.constable.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Sends a browser elsewhere from a filter, ajax requests included: a Faces ajax request gets a
 * partial-response redirect, since a plain 302 would be lost on it.
 */
final class FacesRedirect {

  /**
   * What a session that owes a step first (a new password, the second factor) may still reach: the
   * resources, the log-in and log-out, the error pages; each filter adds its own page.
   */
  static final List<String> ALWAYS_OPEN =
      List.of("/jakarta.faces.resource/", "/resources/", "/logout", "/login.xhtml", "/error/");

  private FacesRedirect() {}

  /** Whether the path is the step's own page or one of those {@link #ALWAYS_OPEN}. */
  static boolean open(String path, String stepPage) {
    return path.startsWith(stepPage) || ALWAYS_OPEN.stream().anyMatch(path::startsWith);
  }

  static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  /** The partial response that makes the Faces client load {@code url}. */
  static void partial(HttpServletResponse response, String url) throws IOException {
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .printf(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/>"
                + "</partial-response>",
            url);
  }

  /** To {@code url}, as the request can follow it. */
  static void to(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    if (isAjax(request)) {
      partial(response, url);
    } else {
      response.sendRedirect(url);
    }
  }
}
