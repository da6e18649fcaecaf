package org.constable.web.education;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.education.DeadlineRow;
import org.constable.education.DeadlineRule;
import org.constable.education.Deadlines;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/** The associate deadline: who it binds in HR's scope, each one's deadline, enrolment and risk. */
@Named
@ViewScoped
public class DeadlineBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Deadlines deadlines;
  @Inject private ReferenceLabels references;

  private List<DeadlineRow> rows;

  public List<DeadlineRow> getRows() {
    if (rows == null) {
      rows = deadlines.list();
    }
    return rows;
  }

  public long count(String risk) {
    return getRows().stream().filter(r -> r.risk() == DeadlineRule.Risk.valueOf(risk)).count();
  }

  public void export() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "education.deadline.fileName") + ".xlsx",
        "associate-deadline.xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "education.deadline.title"));
            sheet.header(
                Texts.get(locale, "education.field.officer"),
                Texts.get(locale, "education.field.policeNumber"),
                Texts.get(locale, "education.field.unit"),
                Texts.get(locale, "education.field.age"),
                Texts.get(locale, "education.field.grade"),
                Texts.get(locale, "education.field.education"),
                Texts.get(locale, "education.field.deadline"),
                Texts.get(locale, "education.field.programme"),
                Texts.get(locale, "education.field.plannedEnd"),
                Texts.get(locale, "education.field.risk"));
            for (DeadlineRow r : getRows()) {
              sheet.row(
                  r.name(),
                  r.policeNumber(),
                  r.unitLabel(),
                  r.age(),
                  references.label("GRADE", r.gradeCode(), locale),
                  Texts.get(locale, "education." + r.education().name()),
                  r.deadline(),
                  r.enrolledIn() == null
                      ? ""
                      : Texts.get(locale, "programme." + r.enrolledIn().name()),
                  r.plannedEnd(),
                  Texts.get(locale, "deadlineRisk." + r.risk().name()));
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }
}
