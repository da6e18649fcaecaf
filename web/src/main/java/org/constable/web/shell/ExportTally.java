package org.constable.web.shell;

import org.constable.platform.Progress;

/**
 * Counts the data rows a download writes on this thread: {@link SheetWriter} and the PDF tables
 * count each row, {@link Downloads} reads the sum for the export's audit entry, and the page that
 * asked for the file sees the count grow ({@link DownloadProgress}).
 */
public final class ExportTally {

  private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

  private static final class Tally {
    private final Progress progress;
    private long rows;

    private Tally(Progress progress) {
      this.progress = progress;
    }
  }

  private ExportTally() {}

  static void begin(Progress progress) {
    CURRENT.set(new Tally(progress));
  }

  /** How many data rows the download will hold, where the exporter knows it beforehand. */
  public static void expect(long rows) {
    Tally tally = CURRENT.get();
    if (tally != null) {
      tally.progress.expect((int) Math.min(rows, Integer.MAX_VALUE));
    }
  }

  /** One more data row, if a download is being written. */
  public static void count() {
    Tally tally = CURRENT.get();
    if (tally != null) {
      tally.rows++;
      tally.progress.advance(1);
    }
  }

  static long end() {
    Tally tally = CURRENT.get();
    CURRENT.remove();
    return tally == null ? 0 : tally.rows;
  }
}
