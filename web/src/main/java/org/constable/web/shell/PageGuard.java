package org.constable.web.shell;

import java.util.List;

/**
 * Who may open a page: a view path ({@code /personnel/officers.xhtml}) or a folder ({@code
 * /reporting/}), and the permissions any one of which lets a user in. {@link #LOGGED_IN} lets every
 * logged-in user in, {@link #ANYONE} even a visitor (the log-in and error pages); the services
 * still check every read.
 */
public record PageGuard(String path, List<String> permissions) {

  public static final String LOGGED_IN = "";
  public static final String ANYONE = "*";

  public PageGuard {
    permissions = List.copyOf(permissions);
  }

  public static PageGuard page(String path, String... anyOf) {
    return new PageGuard(path, List.of(anyOf));
  }

  boolean matches(String viewPath) {
    return path.endsWith("/") ? viewPath.startsWith(path) : viewPath.equals(path);
  }
}
