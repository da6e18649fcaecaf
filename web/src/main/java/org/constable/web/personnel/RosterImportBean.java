package org.constable.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.constable.personnel.ImportReport;
import org.constable.personnel.OfficerInputParser;
import org.constable.personnel.PersonnelLists;
import org.constable.personnel.RosterChoices;
import org.constable.personnel.RosterImport;
import org.constable.personnel.RosterRejectedException;
import org.constable.personnel.RosterRow;
import org.constable.personnel.RowError;
import org.constable.personnel.UnitRow;
import org.constable.reference.ReferenceEntry;
import org.constable.reference.ReferenceLists;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ImportAudit;
import org.constable.web.shell.Texts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The roster import page: the template to download, the upload, and what became of it. */
@Named
@ViewScoped
public class RosterImportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most errors the page keeps: the view state lives in the replicated session. */
  static final int SHOWN_ERRORS = 1000;

  private static final int UNIT_PAGE = 200;

  /** A bad value as the page shows it: row, the column's label, the reason in words. */
  public record ErrorLine(int rowNumber, String column, String reason) implements Serializable {}

  @Inject private RosterImport rosterImport;
  @Inject private RosterChoices rosterChoices;
  @Inject private ReferenceLists references;

  private List<ErrorLine> errors = List.of();
  private int errorCount;
  private ImportReport report;

  public void upload(FileUploadEvent event) {
    errors = List.of();
    errorCount = 0;
    report = null;
    Locale locale = Texts.viewLocale();
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      List<RosterRow> rows = RosterFile.read(file.getFileName(), in, locale);
      report = rosterImport.importRoster(rows);
      ImportAudit.accepted(
          "roster",
          file.getFileName(),
          "created=" + report.created() + "; updated=" + report.updated());
      FacesMessages.info("roster.imported", report.created(), report.updated());
    } catch (RosterRejectedException e) {
      errorCount = e.getErrors().size();
      ImportAudit.refused("roster", file.getFileName(), errorCount);
      errors =
          e.getErrors().stream().limit(SHOWN_ERRORS).map(error -> line(error, locale)).toList();
      FacesMessages.error(e);
    } catch (RosterFileException e) {
      ImportAudit.refused("roster", file.getFileName(), 0);
      FacesMessages.error(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ErrorLine line(RowError error, Locale locale) {
    return new ErrorLine(
        error.rowNumber(),
        RosterHeader.label(locale, error.field()),
        Texts.get(locale, error.messageKey(), error.arguments().toArray()));
  }

  public void downloadTemplate() {
    Locale locale = Texts.viewLocale();
    List<RosterTemplate.Choice> choices = new ArrayList<>(RosterTemplate.fixedChoices(locale));
    for (String field : OfficerInputParser.FIELDS) {
      String list = PersonnelLists.LIST_OF_FIELD.get(field);
      if (list != null) {
        references.entries(list).stream()
            .filter(ReferenceEntry::active)
            .forEach(e -> choices.add(new RosterTemplate.Choice(field, e.code(), e.name(locale))));
      }
    }
    for (int first = 0; ; first += UNIT_PAGE) {
      List<UnitRow> units = rosterChoices.units(first, UNIT_PAGE);
      units.forEach(
          u -> choices.add(new RosterTemplate.Choice("unitCode", u.code(), u.name(locale))));
      if (units.size() < UNIT_PAGE) {
        break;
      }
    }
    Downloads.send(
        Texts.get(locale, "roster.template.fileName"),
        "roster-template.xlsx",
        Downloads.XLSX,
        out -> RosterTemplate.write(locale, choices, out));
  }

  public long getMaxBytes() {
    return RosterFile.MAX_BYTES;
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
}
