package org.constable.web.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.constable.personnel.RosterRow;

/**
 * Reads a roster, .xlsx or .csv (UTF-8), into rows: the first row is the header, matched by column
 * label; blank rows are skipped. A file that cannot be read as a roster fails with a {@link
 * RosterFileException} saying why.
 */
public final class RosterFile {

  /** Stays under the server's default limit of 10 MB for a whole request. */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  public static final int MAX_ROWS = 50_000;

  /** The header is in one of the first rows: an export writes its title and filter above it. */
  static final int TITLE_LINES = 5;

  /** How the template marks its example row, in the police number cell. */
  static final List<String> EXAMPLE_MARKS = List.of("示例", "e.g.", "example");

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private final Locale locale;
  private final List<RosterRow> rows = new ArrayList<>();
  private RosterHeader header;

  private RosterFile(Locale locale) {
    this.locale = locale;
  }

  /**
   * @param fileName the name the file was uploaded with; it tells a CSV file from any other text
   * @param locale the language of the column labels that messages name
   */
  public static List<RosterRow> read(String fileName, InputStream in, Locale locale) {
    Path file = store(in);
    try {
      return read(fileName, file, locale);
    } finally {
      delete(file);
    }
  }

  /** A roster kept in a file of {@link #store}, read as often as needed. */
  public static List<RosterRow> read(String fileName, Path file, Locale locale) {
    var roster = new RosterFile(locale);
    forEachRow(fileName, file, roster::row);
    return roster.result();
  }

  /** Every row of the file as it is, title lines and header included. */
  static void forEachRow(String fileName, Path file, RowSink sink) {
    byte[] start = start(file);
    if (start.length == 0) {
      throw new RosterFileException(RosterFileException.EMPTY);
    } else if (Arrays.equals(start, ZIP)) {
      XlsxRows.read(file, sink);
    } else if (Arrays.equals(start, OLE2)) {
      throw new RosterFileException(RosterFileException.OLD_EXCEL);
    } else if (hasExtension(fileName, ".csv")) {
      CsvRows.read(file, sink);
    } else if (hasExtension(fileName, ".xlsx")) {
      throw new RosterFileException(RosterFileException.BROKEN);
    } else {
      throw new RosterFileException(RosterFileException.WRONG_TYPE);
    }
  }

  private static boolean hasExtension(String fileName, String extension) {
    return fileName != null && fileName.strip().toLowerCase(Locale.ROOT).endsWith(extension);
  }

  private void row(int rowNumber, List<String> cells) {
    if (header == null) {
      if (rowNumber < TITLE_LINES && filled(cells) <= 1) {
        return; // a title line above the header, as an export writes
      }
      if (rowNumber > TITLE_LINES) {
        throw new RosterFileException(RosterFileException.NO_HEADER);
      }
      header = RosterHeader.of(cells, locale);
      return;
    }
    if (cells.stream().allMatch(cell -> cell == null || cell.isBlank()) || isExample(cells)) {
      return;
    }
    if (rows.size() == MAX_ROWS) {
      throw new RosterFileException(RosterFileException.TOO_MANY_ROWS, String.valueOf(MAX_ROWS));
    }
    rows.add(new RosterRow(rowNumber, header.input(cells)));
  }

  private static long filled(List<String> cells) {
    return cells.stream().filter(cell -> cell != null && !cell.isBlank()).count();
  }

  /** The template's example row, whose police number says 示例 (e.g.). */
  private boolean isExample(List<String> cells) {
    int column = header.columnOf("policeNumber");
    String number = column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
    String start = number.strip().toLowerCase(Locale.ROOT);
    return EXAMPLE_MARKS.stream().anyMatch(start::startsWith);
  }

  private List<RosterRow> result() {
    if (header == null) {
      throw new RosterFileException(RosterFileException.EMPTY);
    }
    if (rows.isEmpty()) {
      throw new RosterFileException(RosterFileException.NO_ROWS);
    }
    return List.copyOf(rows);
  }

  /**
   * A temporary copy of an upload, its size counted: the spreadsheet reader needs a file to stream
   * from, and a preview reads it again when the user confirms. The caller deletes it.
   */
  public static Path store(InputStream in) {
    Path file;
    try {
      file = Files.createTempFile("roster-", ".upload");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (in;
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > MAX_BYTES) {
          throw new RosterFileException(
              RosterFileException.TOO_LARGE, String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        out.write(buffer, 0, n);
      }
      return file;
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (RosterFileException e) {
      delete(file);
      throw e;
    }
  }

  private static byte[] start(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(4);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
