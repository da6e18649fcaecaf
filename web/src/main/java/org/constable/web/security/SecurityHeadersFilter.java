package org.constable.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.constable.platform.RequestOrigin;

/**
 * Security headers on every response, and the request's client address for the audit. Scripts are
 * governed by the nonce-based policy that PrimeFaces adds itself ({@code primefaces.CSP}), as a
 * second header: a script must pass both, so only PrimeFaces' nonce admits an inline one. This
 * policy restricts everything else. Styles allow inline because PrimeFaces components set positions
 * with style attributes.
 */
public class SecurityHeadersFilter extends HttpFilter {

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      // once on HTTPS, the browser stays on it for a year
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    // the client address for the audit, on this request's thread
    RequestOrigin.begin(request.getRemoteAddr());
    try {
      chain.doFilter(request, response);
    } finally {
      RequestOrigin.end();
    }
  }
}
