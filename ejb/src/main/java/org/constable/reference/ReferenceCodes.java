package org.constable.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The codes each reference list accepts, and the code meant by what a user typed: the code itself
 * (in any case) or the entry's name in either language, as a clerk types it in a spreadsheet.
 */
public final class ReferenceCodes {

  // list -> what may be typed (normalised) -> code
  private final Map<String, Map<String, String>> typed;

  private ReferenceCodes(Map<String, Map<String, String>> typed) {
    this.typed = typed;
  }

  /** The entries given, e.g. the active ones of every list. */
  public static ReferenceCodes of(Collection<ReferenceEntry> entries) {
    var codes = new ReferenceCodes(new HashMap<>());
    for (ReferenceEntry entry : entries) {
      codes.accept(entry.listCode(), entry.code(), entry.nameZh(), entry.nameEn());
    }
    return codes;
  }

  /** The code that the text means in the list, if the list accepts it. */
  public Optional<String> resolve(String listCode, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(typed.getOrDefault(listCode, Map.of()).get(normal(text)));
  }

  public boolean accepts(String listCode, String code) {
    return resolve(listCode, code).filter(c -> c.equals(code)).isPresent();
  }

  /**
   * These codes plus one that a record already holds: a retired code stays valid on the records
   * that have it, so correcting a phone number does not force a new post.
   */
  public ReferenceCodes including(String listCode, String code) {
    if (code == null || accepts(listCode, code)) {
      return this;
    }
    Map<String, Map<String, String>> copy = new HashMap<>();
    typed.forEach((list, byText) -> copy.put(list, new HashMap<>(byText)));
    var more = new ReferenceCodes(copy);
    more.accept(listCode, code);
    return more;
  }

  private void accept(String listCode, String code, String... names) {
    Map<String, String> byText = typed.computeIfAbsent(listCode, l -> new HashMap<>());
    for (String name : names) {
      byText.putIfAbsent(normal(name), code);
    }
    byText.put(normal(code), code);
  }

  private static String normal(String text) {
    return text.strip().toUpperCase(Locale.ROOT);
  }
}
