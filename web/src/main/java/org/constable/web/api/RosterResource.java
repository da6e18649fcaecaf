package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.constable.audit.ImportKind;
import org.constable.personnel.ImportReport;
import org.constable.personnel.RosterImport;
import org.constable.personnel.RosterPreview;
import org.constable.personnel.RosterRejectedException;
import org.constable.personnel.RosterRow;
import org.constable.platform.Progress;
import org.constable.web.personnel.RosterFile;
import org.constable.web.shell.ImportAudit;
import org.constable.web.shell.Texts;

/**
 * The roster import for another system (and the benchmark): the workbook as the request body, read
 * as the page reads it; without {@code confirm=true} it only tells what it would do, as the page's
 * preview does. Refused rows come back as a problem listing each, nothing saved.
 */
@jakarta.ws.rs.Path("/personnel/roster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

  /** What the roster did or would do. */
  public record Outcome(int rows, int created, int updated, int unchanged, boolean saved) {}

  private static final String XLSX = ".xlsx";

  @Inject private RosterImport rosterImport;
  @Inject private HttpHeaders headers;

  @POST
  @Consumes({
    MediaType.APPLICATION_OCTET_STREAM,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  })
  public Outcome upload(
      InputStream body,
      @QueryParam("name") @DefaultValue("") String name,
      @QueryParam("confirm") @DefaultValue("false") boolean confirm) {
    Locale locale =
        Texts.supported(
            headers.getAcceptableLanguages().isEmpty()
                ? null
                : headers.getAcceptableLanguages().get(0));
    String fileName = name.isBlank() ? "roster" + XLSX : name;
    Path file = RosterFile.store(body);
    List<RosterRow> rows = List.of();
    try {
      rows = RosterFile.read(fileName, file, locale);
      if (!confirm) {
        RosterPreview preview = rosterImport.preview(rows, Progress.NONE);
        return new Outcome(
            rows.size(), preview.created(), preview.updated(), preview.unchanged(), false);
      }
      ImportReport report = rosterImport.importRoster(rows, Progress.NONE);
      ImportAudit.accepted(
          ImportKind.ROSTER, fileName, rows.size(), report.created(), report.updated());
      return new Outcome(
          rows.size(),
          report.created(),
          report.updated(),
          rows.size() - report.created() - report.updated(),
          true);
    } catch (RosterRejectedException e) {
      if (confirm) {
        ImportAudit.refused(ImportKind.ROSTER, fileName, rows.size(), e.getErrors().size());
      }
      throw e;
    } finally {
      RosterFile.delete(file);
    }
  }
}
