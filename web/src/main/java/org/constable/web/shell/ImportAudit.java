package org.constable.web.shell;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Locale;
import org.constable.audit.ImportKind;
import org.constable.audit.ImportLog;
import org.constable.audit.ImportLogDraft;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;

/**
 * Every workbook import in the import log and in the security log: its file name and counts,
 * accepted, refused or cancelled.
 */
public final class ImportAudit {

  private ImportAudit() {}

  public static void accepted(
      ImportKind kind, String fileName, int rows, int created, int updated) {
    write(
        ImportLogDraft.accepted(kind, fileName, rows, created, updated),
        SecurityOutcome.SUCCESS,
        "rows=" + rows + "; created=" + created + "; updated=" + updated);
  }

  public static void refused(ImportKind kind, String fileName, int rows, int errors) {
    write(
        ImportLogDraft.refused(kind, fileName, rows, errors),
        SecurityOutcome.FAILURE,
        "rows=" + rows + "; errors=" + errors);
  }

  public static void cancelled(ImportKind kind, String fileName, int rows) {
    write(
        ImportLogDraft.cancelled(kind, fileName, rows),
        SecurityOutcome.FAILURE,
        "rows=" + rows + "; cancelled");
  }

  private static void write(ImportLogDraft draft, SecurityOutcome outcome, String counts) {
    CDI.current().select(ImportLog.class).get().record(draft);
    CDI.current()
        .select(SecurityLog.class)
        .get()
        .record(
            SecurityEventType.IMPORT,
            outcome,
            null,
            draft.kind().name().toLowerCase(Locale.ROOT)
                + "; file="
                + draft.fileName()
                + "; "
                + counts);
  }
}
