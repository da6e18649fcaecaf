package org.constable.platform;

/** LIKE patterns from what a user typed, its own % and _ taken literally. */
public final class Like {

  /** Append to a LIKE condition whose pattern comes from {@link #contains} or {@link #prefix}. */
  public static final String ESCAPE = " ESCAPE '\\'";

  private Like() {}

  public static String contains(String text) {
    return "%" + escape(text) + "%";
  }

  public static String prefix(String text) {
    return escape(text) + "%";
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
