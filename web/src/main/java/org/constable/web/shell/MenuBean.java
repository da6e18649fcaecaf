package org.constable.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.constable.security.CurrentUser;

/** The menu of the shell: every capability's entries that the user's permissions show. */
@Named("menu")
@RequestScoped
public class MenuBean {

  /** One item as the layout renders it. */
  public record Item(String id, String labelKey, String href) {}

  @Inject private Capabilities capabilities;
  @Inject private CurrentUser currentUser;

  public List<Item> getMain() {
    return items(MenuEntry.Group.MAIN);
  }

  public List<Item> getAdmin() {
    return items(MenuEntry.Group.ADMIN);
  }

  public List<Item> getMine() {
    return items(MenuEntry.Group.MINE);
  }

  private List<Item> items(MenuEntry.Group group) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return capabilities.menu().stream()
        .filter(entry -> entry.group() == group)
        .filter(entry -> entry.permission() == null || currentUser.can(entry.permission()))
        // a page two roles reach by different permissions appears once
        .filter(distinctOutcome())
        .map(entry -> new Item(entry.id(), entry.labelKey(), context + href(entry)))
        .toList();
  }

  private static java.util.function.Predicate<MenuEntry> distinctOutcome() {
    var seen = new java.util.HashSet<String>();
    return entry -> seen.add(entry.outcome());
  }

  /** The page's address: the outcome with the view suffix before its query, if it has one. */
  private String href(MenuEntry entry) {
    String outcome = entry.outcome();
    int query = outcome.indexOf('?');
    String path = query < 0 ? outcome : outcome.substring(0, query);
    String rest = query < 0 ? "" : outcome.substring(query);
    if (rest.contains(MenuEntry.OWN_OFFICER_ID)) {
      rest =
          rest.replace(MenuEntry.OWN_OFFICER_ID, String.valueOf(currentUser.require().officerId()));
    }
    return path + ".xhtml" + rest;
  }
}
