package org.constable.web.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.personnel.OfficerRow;
import org.constable.web.shell.SheetWriter;

/**
 * The officer list as an .xlsx workbook, written with POI's streaming workbook: only a window of
 * rows is in memory, the rest goes to a compressed temporary file until the workbook is written.
 */
final class OfficerXlsxExport {

  private static final int ROWS_IN_MEMORY = 200;
  private static final int COLUMN_WIDTH = 18;

  private OfficerXlsxExport() {}

  static void write(
      List<String> title,
      OfficerListColumns columns,
      OfficerPages<OfficerRow> pages,
      OutputStream out)
      throws IOException {
    var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      workbook.setCompressTempFiles(true);
      var sheet = new SheetWriter(workbook, title.get(0)).title(title).header(columns.headers());
      for (int column = 0; column < columns.headers().size(); column++) {
        sheet.width(column, COLUMN_WIDTH);
      }
      pages.forEach(rows -> rows.forEach(officer -> sheet.row(columns.values(officer))));
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }
}
