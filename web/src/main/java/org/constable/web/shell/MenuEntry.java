package org.constable.web.shell;

/**
 * One menu item: its element id, label key, page (a Faces outcome), the permission that shows it
 * (null: everyone logged in), the group it belongs in and its place there.
 *
 * @param outcome a page such as {@code /personnel/officers}, perhaps with a query in which {@link
 *     #OWN_OFFICER_ID} stands for the caller's officer id ({@code
 *     /personnel/officer?id={officerId}})
 */
public record MenuEntry(
    String id, String labelKey, String outcome, String permission, Group group, int order) {

  /** In an outcome's query: the id of the caller's own officer record. */
  public static final String OWN_OFFICER_ID = "{officerId}";

  /** Where the item goes: the main list, the administration submenu, "my account". */
  public enum Group {
    MAIN,
    ADMIN,
    MINE
  }
}
