package org.constable.web.personnel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.constable.personnel.RosterPreview;
import org.constable.personnel.UnitRow;
import org.constable.web.shell.CodeLabels;

/** One field that an import changes on one officer, as the preview table shows it, in names. */
public record PreviewLine(int rowNumber, String officer, String field, String before, String after)
    implements Serializable {

  static final String NONE = "—";

  static List<PreviewLine> of(RosterPreview preview, Locale locale, CodeLabels references) {
    var values =
        new RosterValues(
            locale,
            references,
            code -> {
              UnitRow unit = preview.units().get(code);
              return unit == null ? code : unit.label(locale);
            });
    List<PreviewLine> lines = new ArrayList<>();
    for (RosterPreview.RowChange row : preview.changes()) {
      String officer = row.name() + "（" + row.policeNumber() + "）";
      for (RosterPreview.FieldChange change : row.fields()) {
        lines.add(
            new PreviewLine(
                row.rowNumber(),
                officer,
                RosterHeader.label(locale, change.field()),
                orNone(values.text(change.field(), change.before())),
                orNone(values.text(change.field(), change.after()))));
      }
    }
    return List.copyOf(lines);
  }

  private static String orNone(String text) {
    return text == null ? NONE : text;
  }
}
