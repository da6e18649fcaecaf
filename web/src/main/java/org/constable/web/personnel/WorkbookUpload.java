package org.constable.web.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.constable.audit.ImportKind;
import org.constable.personnel.RowError;
import org.constable.platform.BusinessException;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ImportAudit;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * An uploaded workbook of one kind handed to its import, the upload step that the health and
 * certificate imports share: a file over the limit, or one that cannot be read, is told on the
 * page; rows the import refuses are told, written to the import log, and given back to be listed.
 *
 * @param line makes a data row (its number as Excel shows it, its cells' texts) into a line
 * @param rejected the import's refusal of bad rows, whose {@code errors} are listed
 */
public record WorkbookUpload<T, E extends BusinessException>(
    ImportKind kind,
    long maxBytes,
    String tooLargeKey,
    BiFunction<Integer, List<String>, T> line,
    Class<E> rejected,
    Function<E, List<RowError>> errors) {

  /** What the page does with the lines read: previews or saves them, or refuses them. */
  @FunctionalInterface
  public interface Import<T> {
    void take(String fileName, List<T> lines);
  }

  /**
   * Reads the upload and hands its lines on; the bad rows if the import refused them, else none.
   */
  public List<RowError> read(FileUploadEvent event, Import<T> importer) {
    UploadedFile file = event.getFile();
    if (file.getSize() > maxBytes) {
      FacesMessages.error(tooLargeKey);
      return List.of();
    }
    List<T> lines = List.of();
    try (InputStream in = file.getInputStream()) {
      lines = XlsxRows.dataRows(in, line);
      importer.take(file.getFileName(), lines);
    } catch (BusinessException e) {
      if (!rejected.isInstance(e)) {
        FacesMessages.error(e);
        return List.of();
      }
      List<RowError> bad = errors.apply(rejected.cast(e));
      ImportAudit.refused(kind, file.getFileName(), lines.size(), bad.size());
      FacesMessages.error(e);
      return bad;
    } catch (IOException e) {
      FacesMessages.error("roster.file.broken");
    }
    return List.of();
  }
}
