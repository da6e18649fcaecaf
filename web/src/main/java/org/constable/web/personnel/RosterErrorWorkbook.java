package org.constable.web.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.personnel.RowError;
import org.constable.web.shell.Texts;

/**
 * The uploaded roster given back with its errors: every row as it was uploaded, and a last column
 * that says, on each bad row, which columns are wrong and why. The clerk corrects the rows in it
 * and uploads it again as it is: the import passes over that column.
 */
final class RosterErrorWorkbook {

  private static final int ROWS_IN_MEMORY = 200;

  private RosterErrorWorkbook() {}

  /** Writes the workbook into a new temporary file and returns it; the caller deletes it. */
  static Path write(String fileName, Path upload, List<RowError> errors, Locale locale) {
    Map<Integer, String> reasons = reasonsByRow(errors, locale);
    try {
      Path file = Files.createTempFile("roster-errors-", ".xlsx");
      var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.setCompressTempFiles(true);
        copy(fileName, upload, workbook, reasons, locale);
        workbook.write(out);
      } finally {
        workbook.dispose();
        workbook.close();
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(
      String fileName,
      Path upload,
      SXSSFWorkbook workbook,
      Map<Integer, String> reasons,
      Locale locale) {
    Sheet sheet = workbook.createSheet(Texts.get(locale, "roster.sheet.roster"));
    CellStyle red = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setColor(IndexedColors.RED.getIndex());
    font.setBold(true);
    red.setFont(font);
    red.setWrapText(true);
    int[] errorColumn = {-1};
    RosterFile.forEachRow(
        fileName,
        upload,
        (rowNumber, cells) -> {
          Row row = sheet.createRow(rowNumber - 1);
          for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null && !cells.get(c).isEmpty()) {
              row.createCell(c).setCellValue(cells.get(c));
            }
          }
          if (errorColumn[0] < 0 && filled(cells) > 1) {
            errorColumn[0] = cells.size(); // the header: the errors go after its last column
            var header = row.createCell(errorColumn[0]);
            header.setCellValue(Texts.get(locale, "roster.errors.header"));
            header.setCellStyle(red);
            sheet.setColumnWidth(errorColumn[0], 60 * 256);
          } else if (errorColumn[0] >= 0 && reasons.containsKey(rowNumber)) {
            var cell = row.createCell(Math.max(errorColumn[0], cells.size()));
            cell.setCellValue(reasons.get(rowNumber));
            cell.setCellStyle(red);
          }
        });
  }

  private static long filled(List<String> cells) {
    return cells.stream().filter(c -> c != null && !c.isBlank()).count();
  }

  private static Map<Integer, String> reasonsByRow(List<RowError> errors, Locale locale) {
    Map<Integer, List<String>> byRow = new LinkedHashMap<>();
    for (RowError error : errors) {
      byRow
          .computeIfAbsent(error.rowNumber(), r -> new ArrayList<>())
          .add(
              RosterHeader.label(locale, error.field())
                  + "："
                  + Texts.get(locale, error.messageKey(), error.arguments().toArray()));
    }
    return byRow.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join("；", e.getValue())));
  }
}
