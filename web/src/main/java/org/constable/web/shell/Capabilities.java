package org.constable.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every capability's contributions, collected once: menu, page guards, record tabs. */
@ApplicationScoped
public class Capabilities {

  @Inject @Any private Instance<Capability> capabilities;

  private List<MenuEntry> menu;
  private List<PageGuard> pages;
  private List<RecordTab> recordTabs;

  @PostConstruct
  void collect() {
    List<MenuEntry> entries = new ArrayList<>();
    List<PageGuard> guards = new ArrayList<>();
    List<RecordTab> tabs = new ArrayList<>();
    for (Capability capability : capabilities) {
      entries.addAll(capability.menu());
      guards.addAll(capability.pages());
      tabs.addAll(capability.recordTabs());
    }
    entries.sort(Comparator.comparingInt(MenuEntry::order));
    tabs.sort(Comparator.comparingInt(RecordTab::order));
    // the most specific guard wins: a page before its folder
    guards.sort(Comparator.comparingInt((PageGuard g) -> g.path().length()).reversed());
    menu = List.copyOf(entries);
    pages = List.copyOf(guards);
    recordTabs = List.copyOf(tabs);
  }

  public List<MenuEntry> menu() {
    return menu;
  }

  public List<RecordTab> recordTabs() {
    return recordTabs;
  }

  /** The guard of a view path, if any capability declared the page. */
  public Optional<PageGuard> guardOf(String viewPath) {
    return pages.stream().filter(guard -> guard.matches(viewPath)).findFirst();
  }
}
