package org.constable.web.reporting;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

/** Appends rows to one sheet: numbers as numeric cells, anything else as text. */
final class SheetWriter {

  private static final int COLUMN_WIDTH = 20 * 256;

  private final Sheet sheet;
  private final CellStyle bold;
  private int next;

  SheetWriter(Workbook workbook, String name, CellStyle bold) {
    this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    this.bold = bold;
  }

  SheetWriter header(String... titles) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < titles.length; i++) {
      row.createCell(i).setCellValue(titles[i]);
      row.getCell(i).setCellStyle(bold);
      sheet.setColumnWidth(i, COLUMN_WIDTH);
    }
    sheet.createFreezePane(0, next);
    return this;
  }

  SheetWriter row(Object... values) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.length; i++) {
      var cell = row.createCell(i);
      if (values[i] instanceof BigDecimal decimal) {
        cell.setCellValue(decimal.doubleValue());
      } else if (values[i] instanceof Number number) {
        cell.setCellValue(number.longValue());
      } else if (values[i] != null) {
        cell.setCellValue(values[i].toString());
      }
    }
    return this;
  }
}
