package org.constable.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constable.reference.ReferenceEntry;
import org.constable.reference.ReferenceLists;

/**
 * Names of reference codes in the view's language and the choices a form offers, for every declared
 * list: {@code #{references.label('POST', o.postCode())}}, {@code #{references.choices('POST')}}.
 * Read once per request.
 */
@Named("references")
@RequestScoped
public class ReferenceLabels {

  @Inject private ReferenceLists lists;

  private Map<String, List<ReferenceEntry>> active;
  private Map<String, Map<String, ReferenceEntry>> byCode;

  /** The active entries of a list, in its order: what a new value may be. */
  public List<ReferenceEntry> choices(String list) {
    load();
    return active.getOrDefault(list, List.of());
  }

  /** The entry's name in the view's language. */
  public String name(ReferenceEntry entry) {
    return entry == null ? "" : entry.name(Texts.viewLocale());
  }

  /** The name of a code, retired ones included; a code the list does not know is shown as is. */
  public String label(String list, String code) {
    return label(list, code, Texts.viewLocale());
  }

  public String label(String list, String code, Locale locale) {
    if (code == null) {
      return "";
    }
    load();
    ReferenceEntry entry = byCode.getOrDefault(list, Map.of()).get(code);
    return entry == null ? code : entry.name(locale);
  }

  /** Whether the list has the code, retired or not: a code a URL carries is checked with it. */
  public boolean knows(String list, String code) {
    load();
    return code != null && byCode.getOrDefault(list, Map.of()).containsKey(code);
  }

  /** The names in one language, for an export or a chart built outside the page. */
  public CodeLabels in(Locale locale) {
    return (list, code) -> label(list, code, locale);
  }

  private void load() {
    if (byCode != null) {
      return;
    }
    active = new HashMap<>();
    byCode = new HashMap<>();
    for (ReferenceEntry entry : lists.entries()) {
      byCode.computeIfAbsent(entry.listCode(), k -> new HashMap<>()).put(entry.code(), entry);
      if (entry.active()) {
        active.computeIfAbsent(entry.listCode(), k -> new ArrayList<>()).add(entry);
      }
    }
  }
}
