package org.constable.web.personnel;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.constable.audit.ImportKind;
import org.constable.audit.ImportLog;
import org.constable.audit.ImportLogLine;
import org.constable.personnel.ImportReport;
import org.constable.personnel.OfficerInputParser;
import org.constable.personnel.PersonnelLists;
import org.constable.personnel.RosterChoices;
import org.constable.personnel.RosterImport;
import org.constable.personnel.RosterPreview;
import org.constable.personnel.RosterRejectedException;
import org.constable.personnel.RosterRow;
import org.constable.personnel.RowError;
import org.constable.personnel.UnitRow;
import org.constable.platform.Progress;
import org.constable.reference.ReferenceEntry;
import org.constable.reference.ReferenceLists;
import org.constable.web.shell.BackgroundJobs;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ImportAudit;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The roster import page, in steps: the upload is checked off the request while the page shows how
 * far it has come; then what the roster would do is shown (officers to add, to update with the
 * fields that change), and only the user's confirmation saves it, after the same checks again. A
 * roster with errors lists them and gives back the uploaded workbook with the errors marked.
 */
@Named
@ViewScoped
public class RosterImportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most errors the page keeps: the view state lives in the replicated session. */
  static final int SHOWN_ERRORS = 1000;

  private static final int UNIT_PAGE = 200;
  private static final int LOG_LINES = 20;

  /** Where the page stands. */
  public enum Stage {
    IDLE,
    CHECKING,
    PREVIEW,
    SAVING,
    REJECTED,
    DONE
  }

  /** A bad value as the page shows it: row, the column's label, the reason in words. */
  public record ErrorLine(int rowNumber, String column, String reason) implements Serializable {}

  /** What a job came to: a preview or a report, or the roster's errors with the marked file. */
  record Outcome(
      int rows, RosterPreview preview, ImportReport report, List<RowError> errors, Path marked) {}

  @Inject private RosterImport rosterImport;
  @Inject private RosterChoices rosterChoices;
  @Inject private ReferenceLists references;
  @Inject private ReferenceLabels labels;
  @Inject private BackgroundJobs jobs;
  @Inject private ImportLog importLog;

  private Stage stage = Stage.IDLE;
  private String jobId;
  private String upload;
  private String fileName;
  private Locale locale;
  private int rowCount;
  private RosterPreview preview;
  private List<PreviewLine> previewLines = List.of();
  private List<ErrorLine> errors = List.of();
  private int errorCount;
  private String marked;
  private ImportReport report;
  private List<ImportLogLine> log;

  public void upload(FileUploadEvent event) {
    discardFiles();
    reset();
    locale = Texts.viewLocale();
    UploadedFile file = event.getFile();
    fileName = file.getFileName();
    try (InputStream in = file.getInputStream()) {
      upload = RosterFile.store(in).toString();
    } catch (RosterFileException e) {
      ImportAudit.refused(ImportKind.ROSTER, fileName, 0, 0);
      FacesMessages.error(e);
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    start(Stage.CHECKING, false);
  }

  public void confirm() {
    if (stage == Stage.PREVIEW && upload != null) {
      start(Stage.SAVING, true);
    }
  }

  public void cancel() {
    if (stage == Stage.PREVIEW) {
      ImportAudit.cancelled(ImportKind.ROSTER, fileName, rowCount);
      FacesMessages.info("roster.preview.cancelled");
    }
    discardFiles();
    reset();
    log = null;
  }

  private void start(Stage next, boolean save) {
    String name = fileName;
    Path file = Path.of(upload);
    Locale language = locale;
    stage = next;
    jobId = jobs.start(progress -> run(name, file, language, save, progress));
  }

  /** Off the request: reads the file, previews or saves it. */
  private Outcome run(String name, Path file, Locale language, boolean save, Progress progress) {
    progress.start("roster.progress.reading", 0);
    List<RosterRow> rows = RosterFile.read(name, file, language);
    try {
      return save
          ? new Outcome(rows.size(), null, rosterImport.importRoster(rows, progress), null, null)
          : new Outcome(rows.size(), rosterImport.preview(rows, progress), null, null, null);
    } catch (RosterRejectedException e) {
      Path errorFile = RosterErrorWorkbook.write(name, file, e.getErrors(), language);
      return new Outcome(rows.size(), null, null, e.getErrors(), errorFile);
    }
  }

  /** The page's poll: takes the job's outcome once it is done. */
  public void poll() {
    if (!isRunning()) {
      return;
    }
    var job = jobs.<Outcome>find(jobId);
    if (job.isEmpty()) {
      reset();
      return;
    }
    if (!job.get().isDone()) {
      return;
    }
    boolean saving = stage == Stage.SAVING;
    jobs.forget(jobId);
    jobId = null;
    try {
      take(job.get().result(), saving);
    } catch (RosterFileException e) {
      ImportAudit.refused(ImportKind.ROSTER, fileName, 0, 0);
      FacesMessages.error(e);
      discardFiles();
      reset();
    }
  }

  private void take(Outcome outcome, boolean saving) {
    rowCount = outcome.rows();
    log = null;
    if (outcome.errors() != null) {
      stage = Stage.REJECTED;
      errorCount = outcome.errors().size();
      errors = outcome.errors().stream().limit(SHOWN_ERRORS).map(this::line).toList();
      marked = outcome.marked().toString();
      ImportAudit.refused(ImportKind.ROSTER, fileName, rowCount, errorCount);
      FacesMessages.error(new RosterRejectedException(outcome.errors()));
    } else if (saving) {
      stage = Stage.DONE;
      report = outcome.report();
      ImportAudit.accepted(
          ImportKind.ROSTER, fileName, rowCount, report.created(), report.updated());
      FacesMessages.info("roster.imported", report.created(), report.updated());
      discardFiles();
    } else {
      stage = Stage.PREVIEW;
      preview = outcome.preview();
      previewLines = PreviewLine.of(preview, locale, labels.in(locale));
    }
  }

  private ErrorLine line(RowError error) {
    return new ErrorLine(
        error.rowNumber(),
        RosterHeader.label(locale, error.field()),
        Texts.get(locale, error.messageKey(), error.arguments().toArray()));
  }

  public void downloadErrors() {
    if (marked == null) {
      return;
    }
    Path file = Path.of(marked);
    Downloads.send(
        Texts.get(Texts.viewLocale(), "roster.errors.fileName"),
        "roster-errors.xlsx",
        Downloads.XLSX,
        out -> Files.copy(file, out));
  }

  public void downloadTemplate() {
    Locale language = Texts.viewLocale();
    List<RosterTemplate.Choice> choices = new ArrayList<>(RosterTemplate.fixedChoices(language));
    for (String field : OfficerInputParser.COLUMNS) {
      String list = PersonnelLists.LIST_OF_FIELD.get(field);
      if (list != null) {
        references.entries(list).stream()
            .filter(ReferenceEntry::active)
            .forEach(
                e -> choices.add(new RosterTemplate.Choice(field, e.code(), e.name(language))));
      }
    }
    for (int first = 0; ; first += UNIT_PAGE) {
      List<UnitRow> units = rosterChoices.units(first, UNIT_PAGE);
      units.forEach(
          u -> choices.add(new RosterTemplate.Choice("unitCode", u.code(), u.label(language))));
      if (units.size() < UNIT_PAGE) {
        break;
      }
    }
    Downloads.send(
        Texts.get(language, "roster.template.fileName"),
        "roster-template.xlsx",
        Downloads.XLSX,
        out -> RosterTemplate.write(language, choices, out));
  }

  private void reset() {
    stage = Stage.IDLE;
    jobs.forget(jobId);
    jobId = null;
    preview = null;
    previewLines = List.of();
    errors = List.of();
    errorCount = 0;
    report = null;
    rowCount = 0;
  }

  @PreDestroy
  void discardFiles() {
    for (String path : new String[] {upload, marked}) {
      if (path != null) {
        RosterFile.delete(Path.of(path));
      }
    }
    upload = null;
    marked = null;
  }

  public boolean isRunning() {
    return stage == Stage.CHECKING || stage == Stage.SAVING;
  }

  /** The job's progress in words: the phase with its counts. */
  public String getProgressText() {
    return progress()
        .map(
            p ->
                Texts.get(
                    Texts.viewLocale(),
                    p.phase(),
                    String.valueOf(p.done()),
                    String.valueOf(p.total())))
        .orElse("");
  }

  public int getPercent() {
    return progress().map(Progress::percent).orElse(0);
  }

  private java.util.Optional<Progress> progress() {
    return jobs.<Outcome>find(jobId)
        .map(BackgroundJobs.Job::progress)
        .filter(p -> p.phase() != null);
  }

  public Stage getStage() {
    return stage;
  }

  public long getMaxBytes() {
    return RosterFile.MAX_BYTES;
  }

  public RosterPreview getPreview() {
    return preview;
  }

  public List<PreviewLine> getPreviewLines() {
    return previewLines;
  }

  /** More officers updated than the preview lists. */
  public boolean isPreviewCut() {
    return preview != null && preview.updated() > preview.changes().size();
  }

  public List<ErrorLine> getErrors() {
    return errors;
  }

  /** More errors than the page shows: the first {@link #SHOWN_ERRORS} are listed. */
  public boolean isErrorsCut() {
    return errorCount > errors.size();
  }

  public int getErrorCount() {
    return errorCount;
  }

  public int getShownErrors() {
    return errors.size();
  }

  public ImportReport getReport() {
    return report;
  }

  public List<ImportLogLine> getLog() {
    if (log == null) {
      log = importLog.recent(ImportKind.ROSTER, LOG_LINES);
    }
    return log;
  }
}
