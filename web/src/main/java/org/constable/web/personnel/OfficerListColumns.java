package org.constable.web.personnel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.constable.personnel.OfficerRow;
import org.constable.personnel.PersonnelLists;
import org.constable.web.shell.CodeLabels;
import org.constable.web.shell.Texts;

/** The columns of the officer list as the exports write them, in the list's language. */
final class OfficerListColumns {

  private static final List<String> HEADERS =
      List.of(
          "field.policeNumber",
          "field.name",
          "officer.gender",
          "officer.idNumber",
          "officer.birthDate",
          "field.unit",
          "officer.category",
          "officer.status",
          "officer.line",
          "officer.post");

  private final Locale locale;
  private final CodeLabels references;

  OfficerListColumns(Locale locale, CodeLabels references) {
    this.locale = locale;
    this.references = references;
  }

  List<String> headers() {
    return HEADERS.stream().map(key -> Texts.get(locale, key)).toList();
  }

  /** A row's cells: text, except the birth date, which is a LocalDate. */
  List<Object> values(OfficerRow row) {
    boolean chinese = "zh".equals(locale.getLanguage());
    return Arrays.asList(
        row.policeNumber(),
        row.name(),
        Texts.get(locale, "gender." + row.gender()),
        row.maskedIdNumber(),
        row.birthDate(),
        chinese ? row.unitNameZh() : row.unitNameEn(),
        Texts.get(locale, "category." + row.category()),
        Texts.get(locale, "status." + row.status()),
        references.label(PersonnelLists.LINE, row.lineCode()),
        references.label(PersonnelLists.POST, row.postCode()));
  }
}
