package org.constable.web.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;

/** Answers a non-ajax request with a file written straight into the response. */
public final class Downloads {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PDF = "application/pdf";

  /** Writes the file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private Downloads() {}

  /**
   * @param fileName may hold Chinese: sent as RFC 6266 {@code filename*}, with an ASCII fallback
   */
  public static void send(
      String fileName, String asciiFallback, String contentType, Content content) {
    send(fileName, asciiFallback, contentType, null, content);
  }

  /**
   * The same, with what the file holds described for the security log (e.g. the list's filter);
   * every download is logged with its page, file name and number of rows.
   */
  public static void send(
      String fileName,
      String asciiFallback,
      String contentType,
      String selection,
      Content content) {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType(contentType);
    external.setResponseHeader("Cache-Control", "no-store");
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + asciiFallback
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    String token = external.getRequestParameterMap().get(DownloadProgress.PARAMETER);
    DownloadProgress progress = CDI.current().select(DownloadProgress.class).get();
    ExportTally.begin(progress.open(token));
    long rows;
    try (OutputStream out = external.getResponseOutputStream()) {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      rows = ExportTally.end();
      progress.finish(token);
    }
    context.responseComplete();
    String view = context.getViewRoot() == null ? null : context.getViewRoot().getViewId();
    CDI.current()
        .select(SecurityLog.class)
        .get()
        .record(
            SecurityEventType.EXPORT,
            SecurityOutcome.SUCCESS,
            null,
            view
                + "; file="
                + fileName
                + "; rows="
                + rows
                + (selection == null ? "" : "; selection=" + selection));
  }
}
