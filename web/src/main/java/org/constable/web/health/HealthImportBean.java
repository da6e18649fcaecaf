package org.constable.web.health;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.audit.ImportKind;
import org.constable.health.CheckInput;
import org.constable.health.HealthImport;
import org.constable.health.HealthRowsRejectedException;
import org.constable.health.ImportLine;
import org.constable.health.PreviewRow;
import org.constable.personnel.RowError;
import org.constable.platform.BusinessException;
import org.constable.reference.ReferenceEntry;
import org.constable.reference.ReferenceLists;
import org.constable.web.personnel.WorkbookUpload;
import org.constable.web.personnel.XlsxRows;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ImportAudit;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * The examining institution's workbook: the template, the upload with its preview (every bad row
 * and column listed, or the rows as they would be saved), then the commit, all or nothing.
 */
@Named
@ViewScoped
public class HealthImportBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final WorkbookUpload<ImportLine, HealthRowsRejectedException> WORKBOOK =
      new WorkbookUpload<>(
          ImportKind.HEALTH_CHECKS,
          5L * 1024 * 1024,
          "health.import.fileTooLarge",
          (row, cells) ->
              new ImportLine(
                  row,
                  XlsxRows.cell(cells, 0),
                  XlsxRows.cell(cells, 1),
                  XlsxRows.cell(cells, 3),
                  XlsxRows.cell(cells, 4),
                  XlsxRows.cell(cells, 5),
                  XlsxRows.cell(cells, 6),
                  XlsxRows.cell(cells, 7),
                  XlsxRows.cell(cells, 8)),
          HealthRowsRejectedException.class,
          HealthRowsRejectedException::getErrors);

  @Inject private HealthImport importer;
  @Inject private ReferenceLists references;

  private List<RowError> errors = List.of();
  private List<ImportLine> lines = List.of();
  private List<PreviewRow> preview = List.of();
  private String fileName;

  public void upload(FileUploadEvent event) {
    preview = List.of();
    lines = List.of();
    errors =
        WORKBOOK.read(
            event,
            (name, read) -> {
              fileName = name;
              preview = importer.preview(read);
              lines = List.copyOf(read);
              FacesMessages.info("health.import.previewReady", preview.size());
            });
  }

  /** Saves the previewed rows: all of them, or (if anything changed since) none. */
  public void commit() {
    if (lines.isEmpty()) {
      return;
    }
    try {
      int saved = importer.save(lines);
      ImportAudit.accepted(ImportKind.HEALTH_CHECKS, fileName, lines.size(), saved, 0);
      FacesMessages.info("health.import.saved", saved);
      lines = List.of();
      preview = List.of();
    } catch (HealthRowsRejectedException e) {
      ImportAudit.refused(ImportKind.HEALTH_CHECKS, fileName, lines.size(), e.getErrors().size());
      FacesMessages.error(e);
      errors = e.getErrors();
      preview = List.of();
      lines = List.of();
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void cancel() {
    if (!lines.isEmpty()) {
      ImportAudit.cancelled(ImportKind.HEALTH_CHECKS, fileName, lines.size());
    }
    lines = List.of();
    preview = List.of();
    FacesMessages.info("health.import.cancelled");
  }

  /** A bad row as the list under the upload shows it. */
  public String describe(RowError error) {
    var locale = Texts.viewLocale();
    return Texts.get(
        locale,
        "health.import.rowError",
        error.rowNumber(),
        Texts.get(locale, HealthColumns.key(error.field())),
        Texts.get(locale, error.messageKey(), error.arguments().toArray()));
  }

  /** The columns, and a sheet of the conclusions and conditions with their codes. */
  public void template() {
    var locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "health.import.templateName") + ".xlsx",
        "health-check-template.xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(100)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "health.import.sheet"));
            sheet.header(HealthColumns.headers(locale).toArray(String[]::new));
            var codes = new SheetWriter(workbook, Texts.get(locale, "health.import.codes"));
            codes.header(
                Texts.get(locale, "health.import.list"),
                Texts.get(locale, "health.import.code"),
                Texts.get(locale, "health.import.name"));
            for (String list : List.of(CheckInput.CONCLUSIONS, CheckInput.CONDITIONS)) {
              for (ReferenceEntry e : references.entries(list)) {
                if (e.active()) {
                  codes.row(
                      Texts.get(locale, HealthColumns.listKey(list)), e.code(), e.name(locale));
                }
              }
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public List<RowError> getErrors() {
    return errors;
  }

  public List<PreviewRow> getPreview() {
    return preview;
  }

  public boolean isPreviewing() {
    return !preview.isEmpty();
  }
}
