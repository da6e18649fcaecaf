package org.constable.web.shell;

import java.util.List;

/**
 * What a capability plugs into the shell: its menu entries, its pages with who may open them, and
 * its tabs of the officer record. One CDI bean per capability ({@code web/<capability>/}), found by
 * the shell at start; its messages live beside it in {@code messages_zh_CN.properties} and {@code
 * messages_en.properties}. Nothing of the shell is edited to add one.
 */
public interface Capability {

  default List<MenuEntry> menu() {
    return List.of();
  }

  /** Every page of the capability: a page no capability declares answers 404. */
  default List<PageGuard> pages() {
    return List.of();
  }

  default List<RecordTab> recordTabs() {
    return List.of();
  }
}
