package org.constable.web.shell;

/**
 * One menu item: its element id, label key, page (a Faces outcome), the permission that shows it
 * (null: everyone logged in), the group it belongs in and its place there.
 *
 * @param outcome a page such as {@code /personnel/officers}; {@link #MY_RECORD} for the caller's
 *     own officer record
 */
public record MenuEntry(
    String id, String labelKey, String outcome, String permission, Group group, int order) {

  /** The caller's own officer record: the outcome is completed with its officer id. */
  public static final String MY_RECORD = "/personnel/officer?id=";

  /** Where the item goes: the main list, the administration submenu, "my account". */
  public enum Group {
    MAIN,
    ADMIN,
    MINE
  }
}
