package org.constable.web.shell;

/**
 * Who may open a page: a view path ({@code /personnel/officers.xhtml}) or a folder ({@code
 * /reporting/}), and the permission it needs. {@link #LOGGED_IN} lets every logged-in user in,
 * {@link #ANYONE} even a visitor (the log-in and error pages); the services still check every read.
 */
public record PageGuard(String path, String permission) {

  public static final String LOGGED_IN = "";
  public static final String ANYONE = "*";

  public static PageGuard page(String path, String permission) {
    return new PageGuard(path, permission);
  }

  boolean matches(String viewPath) {
    return path.endsWith("/") ? viewPath.startsWith(path) : viewPath.equals(path);
  }
}
