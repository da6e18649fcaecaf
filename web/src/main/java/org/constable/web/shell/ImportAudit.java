package org.constable.web.shell;

import jakarta.enterprise.inject.spi.CDI;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;

/** Every workbook import in the security log: its file name and counts, accepted or refused. */
public final class ImportAudit {

  private ImportAudit() {}

  public static void accepted(String what, String fileName, String counts) {
    write(SecurityOutcome.SUCCESS, what, fileName, counts);
  }

  public static void refused(String what, String fileName, int badRows) {
    write(SecurityOutcome.FAILURE, what, fileName, "bad rows=" + badRows);
  }

  private static void write(SecurityOutcome outcome, String what, String fileName, String counts) {
    CDI.current()
        .select(SecurityLog.class)
        .get()
        .record(
            SecurityEventType.IMPORT, outcome, null, what + "; file=" + fileName + "; " + counts);
  }
}
