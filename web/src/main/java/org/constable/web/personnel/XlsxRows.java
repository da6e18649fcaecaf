package org.constable.web.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of an .xlsx workbook's first sheet as text, streamed with POI's event API so that only
 * one row is in memory at a time. Date cells read as yyyy-MM-dd, whole numbers without ".0".
 */
public final class XlsxRows {

  private XlsxRows() {}

  /** An uploaded workbook: kept in a temporary file while it is read, then deleted. */
  public static void read(InputStream upload, RowSink sink) throws IOException {
    Path temp = java.nio.file.Files.createTempFile("upload", ".xlsx");
    try {
      java.nio.file.Files.copy(upload, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      read(temp, sink);
    } finally {
      java.nio.file.Files.deleteIfExists(temp);
    }
  }

  /**
   * The data rows of an uploaded workbook, each made into a line: the header row and blank rows are
   * left out; {@code line} gets the row's number as Excel shows it and its cells' texts.
   */
  public static <T> List<T> dataRows(
      InputStream upload, java.util.function.BiFunction<Integer, List<String>, T> line)
      throws IOException {
    List<T> lines = new java.util.ArrayList<>();
    read(
        upload,
        (row, cells) -> {
          if (row > 1 && !cells.stream().allMatch(c -> c == null || c.isBlank())) {
            lines.add(line.apply(row, cells));
          }
        });
    return lines;
  }

  /** A cell's text, "" where the row holds none. */
  public static String cell(List<String> cells, int index) {
    return cells.size() > index && cells.get(index) != null ? cells.get(index) : "";
  }

  public static void read(Path file, RowSink sink) {
    OPCPackage workbook = open(file);
    try {
      XSSFReader reader = new XSSFReader(workbook);
      var strings = new ReadOnlySharedStringsTable(workbook);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new RosterFileException(RosterFileException.EMPTY);
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(), strings, new Rows(sink), new CellText(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (RosterFileException e) {
      throw e;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      // POI reports a damaged workbook with assorted exceptions, unchecked ones among them
      throw new RosterFileException(RosterFileException.BROKEN);
    } finally {
      workbook.revert();
    }
  }

  private static OPCPackage open(Path file) {
    try {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (OpenXML4JException | RuntimeException e) {
      throw new RosterFileException(RosterFileException.BROKEN);
    }
  }

  /** Collects each row's cells, filling the gaps that empty cells leave. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final RowSink sink;
    private List<String> cells = new ArrayList<>();

    Rows(RowSink sink) {
      this.sink = sink;
    }

    @Override
    public void startRow(int rowIndex) {
      cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowIndex) {
      sink.row(rowIndex + 1, cells);
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      // a cell reported twice is kept as first reported: POI, saving an inline string it changed,
      // writes the new value as <v> and leaves the old one in <is> after it
      if (column == cells.size()) {
        cells.add(value == null ? "" : value);
      }
    }
  }

  /** Formats numeric cells for the parser: dates as ISO dates, whole numbers as digits. */
  private static final class CellText extends DataFormatter {

    // beyond this a double no longer holds every whole number exactly
    private static final double LARGEST_EXACT = 1e15;

    CellText() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT) {
        return Long.toString((long) value);
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }
}
