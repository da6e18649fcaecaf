package org.constable.web.shell;

/**
 * Counts the data rows a download writes on this thread, for the export's audit entry: {@link
 * SheetWriter} and the PDF tables count each row, {@link Downloads} reads the sum.
 */
public final class ExportTally {

  private static final ThreadLocal<long[]> ROWS = new ThreadLocal<>();

  private ExportTally() {}

  static void begin() {
    ROWS.set(new long[1]);
  }

  /** One more data row, if a download is being written. */
  public static void count() {
    long[] rows = ROWS.get();
    if (rows != null) {
      rows[0]++;
    }
  }

  static long end() {
    long[] rows = ROWS.get();
    ROWS.remove();
    return rows == null ? 0 : rows[0];
  }
}
