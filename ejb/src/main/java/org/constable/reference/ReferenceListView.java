package org.constable.reference;

import java.io.Serializable;
import java.util.Locale;

/** A declared reference list, as pages show it. */
public record ReferenceListView(String code, String nameZh, String nameEn, String capability)
    implements Serializable {

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
