package org.constable.web.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The officer list as an .xlsx workbook, written with POI's streaming workbook: only a window of
 * rows is in memory, the rest goes to a compressed temporary file until the workbook is written.
 */
final class OfficerXlsxExport {

  private static final int ROWS_IN_MEMORY = 200;
  private static final int COLUMN_WIDTH = 18 * 256;

  private OfficerXlsxExport() {}

  static void write(String title, OfficerListColumns columns, OfficerPages pages, OutputStream out)
      throws IOException {
    var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      workbook.setCompressTempFiles(true);
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

      List<String> headers = columns.headers();
      Row header = sheet.createRow(0);
      for (int column = 0; column < headers.size(); column++) {
        header.createCell(column).setCellValue(headers.get(column));
        header.getCell(column).setCellStyle(bold);
        sheet.setColumnWidth(column, COLUMN_WIDTH);
      }
      sheet.createFreezePane(0, 1);
      int[] next = {1};
      pages.forEach(
          rows ->
              rows.forEach(
                  officer -> {
                    Row row = sheet.createRow(next[0]++);
                    List<Object> values = columns.values(officer);
                    for (int column = 0; column < values.size(); column++) {
                      var cell = row.createCell(column);
                      if (values.get(column) instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                      } else if (values.get(column) != null) {
                        cell.setCellValue(values.get(column).toString());
                      }
                    }
                  }));
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }
}
