package org.constable.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.constable.personnel.ChangeLogLine;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.UnitRow;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;

/**
 * The change log tab (变动记录) of the officer record: its dated changes, newest first, in names: a
 * post, rank, grade or line by its reference list, a status or education level by its label, a unit
 * with its parent where its name repeats, and whoever recorded it by name.
 */
@Named
@ViewScoped
public class OfficerHistoryTab implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One dated change, as the tab shows it. */
  public record Row(
      String attribute, String from, String to, LocalDate effective, String recordedBy)
      implements Serializable {}

  @Inject private OfficerRegister register;
  @Inject private ReferenceLabels references;

  private Long loadedFor;
  private List<Row> rows;

  /** Read once per view, at the first render of the tab. */
  public List<Row> rows(Long officerId) {
    if (officerId == null) {
      return List.of();
    }
    if (!officerId.equals(loadedFor)) {
      Locale locale = Texts.viewLocale();
      rows =
          register.changeLog(officerId).stream()
              .map(
                  line ->
                      new Row(
                          line.attribute().name(),
                          label(line, line.oldValue(), line.oldUnit(), locale),
                          label(line, line.newValue(), line.newUnit(), locale),
                          line.effective(),
                          recorder(line)))
              .toList();
      loadedFor = officerId;
    }
    return rows;
  }

  private String label(ChangeLogLine line, String code, UnitRow unit, Locale locale) {
    if (code == null) {
      return "—";
    }
    return switch (line.attribute()) {
      case UNIT -> unit == null ? code : unit.label(locale);
      case STATUS -> Texts.get(locale, "status." + code);
      case EDUCATION -> Texts.get(locale, "education." + code);
      case POST, GRADE, RANK, LINE -> references.label(line.attribute().name(), code, locale);
    };
  }

  private static String recorder(ChangeLogLine line) {
    if (line.recordedBy() == null) {
      return "—";
    }
    return line.recorderName() == null
        ? line.recordedBy()
        : line.recorderName() + " (" + line.recordedBy() + ")";
  }
}
