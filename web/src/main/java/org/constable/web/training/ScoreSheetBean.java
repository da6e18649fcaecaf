package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.audit.ImportKind;
import org.constable.platform.BusinessException;
import org.constable.training.ExamResults;
import org.constable.training.ScoreLine;
import org.constable.training.ScoreRow;
import org.constable.training.TrainingRowsRejectedException;
import org.constable.web.personnel.XlsxRows;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ImportAudit;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The score sheet: the examiner types scores or uploads the workbook it downloaded (police number,
 * name, score); HR publishes, and afterwards corrects with a reason.
 */
@Named
@ViewScoped
public class ScoreSheetBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MAX_BYTES = 2L * 1024 * 1024;

  /** A trainee's line as the examiner edits it. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ScoreRow row;
    private String score;

    Line(ScoreRow row) {
      this.row = row;
      this.score = row.score() == null ? "" : row.score().stripTrailingZeros().toPlainString();
    }

    public ScoreRow getRow() {
      return row;
    }

    public String getScore() {
      return score;
    }

    public void setScore(String score) {
      this.score = score;
    }
  }

  @Inject private SessionBean session;
  @Inject private ExamResults results;

  private List<Line> lines;
  private Line correcting;
  private String correction;
  private String reason;

  public List<Line> getLines() {
    if (lines == null) {
      reload();
    }
    return lines;
  }

  private void reload() {
    lines = new ArrayList<>();
    results.sheet(session.getSessionId()).forEach(r -> lines.add(new Line(r)));
  }

  public void save() {
    List<ScoreLine> typed = new ArrayList<>();
    int row = 0;
    for (Line line : getLines()) {
      typed.add(new ScoreLine(++row, line.getRow().policeNumber(), line.getScore()));
    }
    enter(typed, null);
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (file.getSize() > MAX_BYTES) {
      FacesMessages.error("training.results.fileTooLarge");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      List<ScoreLine> read =
          XlsxRows.dataRows(
              in,
              (rowNumber, cells) ->
                  new ScoreLine(rowNumber, XlsxRows.cell(cells, 0), XlsxRows.cell(cells, 2)));
      if (read.isEmpty()) {
        FacesMessages.error("training.results.fileEmpty");
        return;
      }
      enter(read, file.getFileName());
    } catch (BusinessException e) {
      FacesMessages.error(e);
    } catch (IOException e) {
      FacesMessages.error("roster.file.broken");
    }
  }

  /** The scores typed on the page, or read from the workbook named (its import is audited). */
  private void enter(List<ScoreLine> typed, String fileName) {
    try {
      int saved = results.enter(session.getSessionId(), typed);
      if (fileName != null) {
        ImportAudit.accepted(ImportKind.SCORES, fileName, typed.size(), saved, 0);
      }
      FacesMessages.info("training.results.saved", saved);
      reload();
    } catch (TrainingRowsRejectedException e) {
      if (fileName != null) {
        ImportAudit.refused(ImportKind.SCORES, fileName, typed.size(), e.getErrors().size());
      }
      FacesMessages.error(e);
      TrainingTexts.rowErrors(e);
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  /** The workbook to fill in: every trainee, with its score where there is one. */
  public void downloadSheet() {
    var locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "training.results.fileName") + ".xlsx",
        "scores.xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(100)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "training.results"));
            sheet.header(
                Texts.get(locale, "field.policeNumber"),
                Texts.get(locale, "field.name"),
                Texts.get(locale, "training.score"));
            for (Line line : getLines()) {
              sheet.row(line.getRow().policeNumber(), line.getRow().name(), line.getScore());
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public void publish() {
    try {
      var outcome = results.publish(session.getSessionId());
      FacesMessages.info(
          "training.results.publishedDone",
          outcome.results(),
          outcome.retrainingOpened(),
          outcome.offPostTraining());
      session.load();
      reload();
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void startCorrection(Line line) {
    correcting = line;
    correction = line.getScore();
    reason = null;
  }

  public void correct() {
    if (FacesMessages.attempt(
        () ->
            results.correct(
                session.getSessionId(), correcting.getRow().officerId(), correction, reason),
        "training.results.corrected",
        correcting.getRow().name())) {
      correcting = null;
      reload();
      org.primefaces.PrimeFaces.current().executeScript("PF('correctDialog').hide()");
    }
  }

  public long getMaxBytes() {
    return MAX_BYTES;
  }

  public Line getCorrecting() {
    return correcting;
  }

  public String getCorrection() {
    return correction;
  }

  public void setCorrection(String correction) {
    this.correction = correction;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
