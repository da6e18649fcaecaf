package org.constable.web.shell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * The one way a sheet is written: a bold header row that stays in view (frozen), columns wide
 * enough for Chinese labels, dates as real date cells, numbers as numbers, anything else as text.
 * Works on any POI workbook, the streaming one of big exports included.
 */
public final class SheetWriter {

  /** The width of a column, in characters. */
  public static final int WIDTH = 20;

  private final Workbook workbook;
  private final Sheet sheet;
  private final CellStyle bold;
  private final CellStyle date;
  private int next;

  public SheetWriter(Workbook workbook, String name) {
    this.workbook = workbook;
    this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    this.bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    this.date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  /**
   * Lines above the header: the first bold (the title), the others as they are (scope, filter,
   * date). An import reads past them to the header.
   */
  public SheetWriter title(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Cell cell = sheet.createRow(next++).createCell(0);
      cell.setCellValue(lines.get(i));
      if (i == 0) {
        cell.setCellStyle(bold);
      }
    }
    return this;
  }

  /** The sheet itself, for what only POI does (validations, hiding). */
  public Sheet sheet() {
    return sheet;
  }

  /** The number of the next row to be written, from 0. */
  public int nextRow() {
    return next;
  }

  public SheetWriter header(String... titles) {
    return header(Arrays.asList(titles));
  }

  /** The header row, bold and frozen; every column {@link #WIDTH} characters wide. */
  public SheetWriter header(List<String> titles) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < titles.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(titles.get(i));
      cell.setCellStyle(bold);
      sheet.setColumnWidth(i, WIDTH * 256);
    }
    sheet.createFreezePane(0, next);
    return this;
  }

  /** A column wider or narrower than {@link #WIDTH}, in characters. */
  public SheetWriter width(int column, int characters) {
    sheet.setColumnWidth(column, characters * 256);
    return this;
  }

  /** What a column's empty cells take when someone types into them: text, or a date. */
  public SheetWriter typedColumn(int column, boolean isDate) {
    CellStyle style = isDate ? date : workbook.createCellStyle();
    if (!isDate) {
      // police, ID and phone numbers stay text: Excel would otherwise round an ID number
      style.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }
    sheet.setDefaultColumnStyle(column, style);
    return this;
  }

  public SheetWriter row(Object... values) {
    return row(Arrays.asList(values));
  }

  public SheetWriter row(List<?> values) {
    ExportTally.count();
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof LocalDate day) {
        cell.setCellValue(day);
        cell.setCellStyle(date);
      } else if (value instanceof BigDecimal decimal) {
        cell.setCellValue(decimal.doubleValue());
      } else if (value instanceof Double || value instanceof Float) {
        cell.setCellValue(((Number) value).doubleValue());
      } else if (value instanceof Number number) {
        cell.setCellValue(number.longValue());
      } else {
        cell.setCellValue(value.toString());
      }
    }
    return this;
  }
}
