package org.constable.web.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.personnel.OfficerInput;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * The officer list as a roster: every field of each record, in the template's columns and with its
 * labels, dates as date cells, the ID number masked. Corrected in Excel, it imports again as it is
 * (the import reads its title lines past, its labels as codes, a mask as the number on record).
 */
final class RosterExport {

  private static final int ROWS_IN_MEMORY = 200;

  private RosterExport() {}

  static void write(
      List<String> title,
      java.util.Locale locale,
      RosterValues values,
      OfficerPages<OfficerInput> pages,
      OutputStream out)
      throws IOException {
    var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      workbook.setCompressTempFiles(true);
      var sheet =
          new SheetWriter(workbook, Texts.get(locale, "roster.sheet.roster"))
              .title(title)
              .header(
                  RosterTemplate.COLUMNS.stream()
                      .map(field -> RosterHeader.label(locale, field))
                      .toList());
      pages.forEach(
          records ->
              records.forEach(
                  record ->
                      sheet.row(
                          RosterTemplate.COLUMNS.stream()
                              .map(field -> cell(values, field, record.get(field)))
                              .toList())));
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static Object cell(RosterValues values, String field, String value) {
    if (value != null && RosterTemplate.DATE_FIELDS.contains(field)) {
      return LocalDate.parse(value);
    }
    String text = values.text(field, value);
    // every cell written, the empty ones too: a row without gaps reads the same in any program
    return text == null ? "" : text;
  }
}
