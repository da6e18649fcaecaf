package org.constable.web.reporting;

import java.util.Locale;
import org.constable.personnel.PersonnelLists;
import org.constable.personnel.UnitRow;
import org.constable.reporting.Bucket;
import org.constable.web.shell.CodeLabels;
import org.constable.web.shell.Texts;

/** The names of the dashboard's codes in one language: for charts and the export. */
final class WorkforceLabels {

  private final Locale locale;
  private final CodeLabels references;

  WorkforceLabels(Locale locale, CodeLabels references) {
    this.locale = locale;
    this.references = references;
  }

  String text(String key, Object... arguments) {
    return Texts.get(locale, key, arguments);
  }

  String band(Bucket bucket) {
    return text("workforce.band." + bucket.code());
  }

  String education(Bucket bucket) {
    return text("education." + bucket.code());
  }

  String rank(Bucket bucket) {
    return bucket.code() == null
        ? text("workforce.none")
        : references.label(PersonnelLists.RANK, bucket.code());
  }

  String grade(Bucket bucket) {
    return bucket.code() == null
        ? text("workforce.none")
        : references.label(PersonnelLists.GRADE, bucket.code());
  }

  String unit(UnitRow unit) {
    return unit.name(locale);
  }

  String kind(UnitRow unit) {
    return text("unitKind." + unit.kind());
  }
}
