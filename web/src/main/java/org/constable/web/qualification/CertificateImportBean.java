package org.constable.web.qualification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.audit.ImportKind;
import org.constable.personnel.RowError;
import org.constable.qualification.CertificateImport;
import org.constable.qualification.CertificateLine;
import org.constable.qualification.CertificateRowsRejectedException;
import org.constable.web.personnel.WorkbookUpload;
import org.constable.web.personnel.XlsxRows;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ImportAudit;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * The certificate workbook: the template to fill in, and its upload, all or nothing; every bad row
 * is listed under the upload.
 */
@Named
@ViewScoped
public class CertificateImportBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final WorkbookUpload<CertificateLine, CertificateRowsRejectedException> WORKBOOK =
      new WorkbookUpload<>(
          ImportKind.CERTIFICATES,
          5L * 1024 * 1024,
          "qualification.import.fileTooLarge",
          (row, cells) ->
              new CertificateLine(
                  row,
                  XlsxRows.cell(cells, 0),
                  XlsxRows.cell(cells, 2),
                  XlsxRows.cell(cells, 3),
                  XlsxRows.cell(cells, 4),
                  XlsxRows.cell(cells, 5)),
          CertificateRowsRejectedException.class,
          CertificateRowsRejectedException::getErrors);

  @Inject private CertificateImport importer;
  @Inject private CertificateLabels labels;

  private List<RowError> errors = List.of();

  public void upload(FileUploadEvent event) {
    errors =
        WORKBOOK.read(
            event,
            (name, lines) -> {
              int saved = importer.save(lines);
              ImportAudit.accepted(ImportKind.CERTIFICATES, name, lines.size(), saved, 0);
              FacesMessages.info("qualification.import.saved", saved);
            });
  }

  /** A bad row as the list under the upload shows it. */
  public String describe(RowError error) {
    var locale = Texts.viewLocale();
    return Texts.get(
        locale,
        "qualification.import.rowError",
        error.rowNumber(),
        Texts.get(locale, "qualification.import.column." + error.field()),
        Texts.get(locale, error.messageKey(), error.arguments().toArray()));
  }

  /** Police number, name (for the reader; not read back), type, number, issued, expires. */
  public void template() {
    var locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "qualification.import.templateName") + ".xlsx",
        "certificate-template.xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(100)) {
            var sheet =
                new SheetWriter(workbook, Texts.get(locale, "qualification.certificates.title"));
            sheet.header(
                Texts.get(locale, "field.policeNumber"),
                Texts.get(locale, "field.name"),
                Texts.get(locale, "qualification.certificate.type"),
                Texts.get(locale, "qualification.certificate.number"),
                Texts.get(locale, "qualification.certificate.issuedOn"),
                Texts.get(locale, "qualification.certificate.expiresOnOptional"));
            var types = new SheetWriter(workbook, Texts.get(locale, "qualification.types.title"));
            types.header(
                Texts.get(locale, "qualification.type.code"),
                Texts.get(locale, "qualification.type.name"));
            labels.getActiveTypes().forEach(t -> types.row(t.code(), t.name(locale)));
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public List<RowError> getErrors() {
    return errors;
  }
}
