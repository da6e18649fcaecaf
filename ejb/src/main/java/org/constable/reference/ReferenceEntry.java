package org.constable.reference;

import java.io.Serializable;
import java.util.Locale;

/** One entry of a reference list with its names in both languages; lists sort by sortOrder. */
public record ReferenceEntry(
    String listCode,
    String code,
    String nameZh,
    String nameEn,
    int sortOrder,
    boolean active,
    long version)
    implements Serializable {

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
