package org.constable.web.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerInputParser;
import org.constable.personnel.RosterRow;
import org.constable.web.shell.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterFileTest {

  private static final List<String> FIELDS = OfficerInputParser.FIELDS;
  private static final String ID = "110101198001010014";

  /** A row in the template's column order, as text. */
  private static List<Object> row(String policeNumber) {
    return new ArrayList<>(
        List.of(
            policeNumber,
            "王伟",
            "汉族",
            ID,
            "2002-07-01",
            "2002-07-01",
            "RECRUITMENT",
            "POLICE",
            "",
            "JS1",
            "KY",
            "ZA",
            "SQMJ",
            "是",
            "ON_DUTY",
            "BACHELOR",
            "13904781234",
            "150802010100",
            "",
            "",
            "",
            ""));
  }

  private static List<Object> labels(Locale locale) {
    return new ArrayList<>(FIELDS.stream().map(f -> RosterHeader.label(locale, f)).toList());
  }

  private static List<RosterRow> read(String fileName, byte[] content) {
    return RosterFile.read(fileName, new ByteArrayInputStream(content), Texts.CHINESE);
  }

  private static String fileError(String fileName, byte[] content) {
    return assertThrows(RosterFileException.class, () -> read(fileName, content)).getMessageKey();
  }

  /** A workbook whose first sheet holds the rows; a LocalDate becomes a date cell. */
  private static byte[] xlsx(List<List<Object>> rows) throws IOException {
    try (Workbook workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
      Sheet sheet = workbook.createSheet("名册");
      for (int r = 0; r < rows.size(); r++) {
        if (rows.get(r) == null) {
          continue; // no row at all, as Excel leaves a row never typed in
        }
        Row row = sheet.createRow(r);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value instanceof LocalDate day) {
            row.createCell(c).setCellValue(day);
            row.getCell(c).setCellStyle(date);
          } else if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null && !value.toString().isEmpty()) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] csv(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static String csvLine(List<Object> values) {
    return String.join(",", values.stream().map(String::valueOf).toList());
  }

  @Test
  void anXlsxRosterWithChineseLabelsReadsRowByRow() throws IOException {
    var rows = read("名册.xlsx", xlsx(List.of(labels(Texts.CHINESE), row("700001"), row("700002"))));
    assertEquals(List.of(2, 3), rows.stream().map(RosterRow::rowNumber).toList());
    List<String> expected = row("700001").stream().map(Object::toString).toList();
    assertEquals(expected, blankAsEmpty(rows.get(0).input().values()));
  }

  private static List<String> blankAsEmpty(String[] values) {
    return Arrays.stream(values).map(v -> v == null ? "" : v).toList();
  }

  @Test
  void excelDatesAndNumbersReadAsTheParserExpectsThem() throws IOException {
    List<Object> values = row("");
    values.set(FIELDS.indexOf("policeNumber"), 700001);
    values.set(FIELDS.indexOf("firstEmploymentDate"), LocalDate.of(2002, 7, 1));
    values.set(FIELDS.indexOf("policeJoinDate"), LocalDate.of(2003, 12, 31));
    values.set(FIELDS.indexOf("phone"), 13904781234L);
    values.set(FIELDS.indexOf("unitCode"), 150802010100L);
    OfficerInput input =
        read("a.xlsx", xlsx(List.of(labels(Texts.CHINESE), values))).get(0).input();
    assertEquals("700001", input.policeNumber());
    assertEquals("2002-07-01", input.firstEmploymentDate());
    assertEquals("2003-12-31", input.policeJoinDate());
    assertEquals("13904781234", input.phone());
    assertEquals("150802010100", input.unitCode());
  }

  @Test
  void englishLabelsInAnotherOrderFindTheirFields() throws IOException {
    List<Object> header = labels(Locale.ENGLISH);
    List<Object> values = row("700003");
    Collections.reverse(header);
    Collections.reverse(values);
    OfficerInput input = read("r.xlsx", xlsx(List.of(header, values))).get(0).input();
    assertEquals("700003", input.policeNumber());
    assertEquals(ID, input.idNumber());
    assertEquals("150802010100", input.unitCode());
    assertEquals("SQMJ", input.postCode());
  }

  @Test
  void theTemplatesLabelWithCodeAndTheBareCodeAreRecognised() throws IOException {
    List<Object> header = new ArrayList<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      String field = FIELDS.get(i);
      header.add(
          i % 2 == 0 ? RosterHeader.label(Texts.CHINESE, field) + " (" + field + ")" : field);
    }
    assertEquals(
        "700004",
        read("t.xlsx", xlsx(List.of(header, row("700004")))).get(0).input().policeNumber());
  }

  @Test
  void blankRowsAreSkippedAndRowNumbersStayThoseOfTheSheet() throws IOException {
    List<Object> blank = new ArrayList<>(Collections.nCopies(FIELDS.size(), (Object) " "));
    var rows =
        read(
            "b.xlsx",
            xlsx(Arrays.asList(labels(Texts.CHINESE), row("700005"), null, blank, row("700006"))));
    assertEquals(List.of(2, 5), rows.stream().map(RosterRow::rowNumber).toList());
  }

  @Test
  void aCsvWithByteOrderMarkQuotesAndCrLfReadsLikeTheSpreadsheet() {
    List<Object> tricky = row("700007");
    tricky.set(FIELDS.indexOf("name"), "\"欧阳, 娜\"");
    tricky.set(FIELDS.indexOf("ethnicity"), "\"蒙古\"\"族\"\"\r\n第二行\"");
    String text =
        "\uFEFF"
            + csvLine(labels(Texts.CHINESE))
            + "\r\n"
            + csvLine(tricky)
            + "\r\n\r\n"
            + csvLine(row("700008"))
            + "\r\n";
    var rows = read("名册.CSV", csv(text, StandardCharsets.UTF_8));
    assertEquals(List.of(2, 4), rows.stream().map(RosterRow::rowNumber).toList());
    assertEquals("欧阳, 娜", rows.get(0).input().name());
    assertEquals("蒙古\"族\"\r\n第二行", rows.get(0).input().ethnicity());
    assertEquals("700008", rows.get(1).input().policeNumber());
  }

  @Test
  void aCsvWithoutByteOrderMarkAndWithLfAlsoReads() {
    String text = csvLine(labels(Locale.ENGLISH)) + "\n" + csvLine(row("700009"));
    var rows = read("r.csv", csv(text, StandardCharsets.UTF_8));
    assertEquals("700009", rows.get(0).input().policeNumber());
    assertEquals("150802010100", rows.get(0).input().unitCode());
  }

  @Test
  void aCsvSavedInAnotherEncodingIsRefusedWithAClearMessage() {
    String text = csvLine(labels(Texts.CHINESE)) + "\n" + csvLine(row("700010"));
    assertEquals(
        RosterFileException.ENCODING, fileError("r.csv", csv(text, Charset.forName("GBK"))));
  }

  @Test
  void anUnclosedQuoteNamesItsRow() {
    String text = csvLine(labels(Texts.CHINESE)) + "\n\"700011,王伟\n";
    var e =
        assertThrows(
            RosterFileException.class, () -> read("r.csv", csv(text, StandardCharsets.UTF_8)));
    assertEquals(RosterFileException.UNCLOSED_QUOTE, e.getMessageKey());
    assertEquals("2", e.getArguments()[0]);
  }

  @Test
  void aQuoteFollowedByMoreTextNamesItsRow() {
    String text = csvLine(labels(Texts.CHINESE)) + "\n" + csvLine(row("700021")) + "\n\"王\"伟,1\n";
    var e =
        assertThrows(
            RosterFileException.class, () -> read("r.csv", csv(text, StandardCharsets.UTF_8)));
    assertEquals(RosterFileException.BAD_QUOTE, e.getMessageKey());
    assertEquals("3", e.getArguments()[0]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"r.xlsx", "r.csv"})
  void aFileWithoutRowsOrWithoutHeaderIsRefused(String fileName) throws IOException {
    boolean isCsv = fileName.endsWith(".csv");
    assertEquals(RosterFileException.EMPTY, fileError(fileName, new byte[0]));
    byte[] headerOnly =
        isCsv
            ? csv(csvLine(labels(Texts.CHINESE)) + "\n", StandardCharsets.UTF_8)
            : xlsx(List.of(labels(Texts.CHINESE)));
    assertEquals(RosterFileException.NO_ROWS, fileError(fileName, headerOnly));
    byte[] dataFirst =
        isCsv
            ? csv(csvLine(row("700012")) + "\n", StandardCharsets.UTF_8)
            : xlsx(List.of(row("700012")));
    assertEquals(RosterFileException.NO_HEADER, fileError(fileName, dataFirst));
  }

  @Test
  void titleLinesAboveTheHeaderAreReadPastAsAnExportWritesThem() throws IOException {
    List<Object> title = List.of("民警名册");
    List<Object> filter = List.of("范围：市公安局；导出时间：2026-12-02 10:00");
    var rows =
        read(
            "r.xlsx",
            xlsx(Arrays.asList(title, filter, null, labels(Texts.CHINESE), row("700013"))));
    assertEquals(1, rows.size());
    assertEquals(5, rows.get(0).rowNumber());
    assertEquals("700013", rows.get(0).input().policeNumber());
  }

  @Test
  void aHeaderBelowTheTitleLinesIsNoHeader() throws IOException {
    List<Object> title = List.of("民警名册");
    assertEquals(
        RosterFileException.NO_HEADER,
        fileError(
            "r.xlsx",
            xlsx(
                Arrays.asList(
                    title, title, title, title, title, labels(Texts.CHINESE), row("700013")))));
  }

  @Test
  void unknownRepeatedAndMissingColumnsAreNamed() throws IOException {
    List<Object> unknown = labels(Texts.CHINESE);
    unknown.add("备注");
    var e =
        assertThrows(
            RosterFileException.class, () -> read("r.xlsx", xlsx(List.of(unknown, row("700014")))));
    assertEquals(RosterFileException.UNKNOWN_COLUMNS, e.getMessageKey());
    assertEquals("备注", e.getArguments()[0]);

    List<Object> repeated = labels(Texts.CHINESE);
    repeated.add("policeNumber");
    assertEquals(
        RosterFileException.REPEATED_COLUMN,
        fileError("r.xlsx", xlsx(List.of(repeated, row("700015")))));

    List<Object> missing = labels(Texts.CHINESE);
    missing.remove(FIELDS.indexOf("phone"));
    e =
        assertThrows(
            RosterFileException.class, () -> read("r.xlsx", xlsx(List.of(missing, row("700016")))));
    assertEquals(RosterFileException.MISSING_COLUMNS, e.getMessageKey());
    assertEquals("联系电话", e.getArguments()[0]);
  }

  @Test
  void filesThatAreNoSpreadsheetAreRefusedWithTheirReason() throws IOException {
    byte[] text = "not a workbook".getBytes(StandardCharsets.UTF_8);
    assertEquals(RosterFileException.BROKEN, fileError("r.xlsx", text));
    assertEquals(RosterFileException.WRONG_TYPE, fileError("r.txt", text));
    assertEquals(RosterFileException.WRONG_TYPE, fileError(null, text));
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    assertEquals(RosterFileException.OLD_EXCEL, fileError("r.xls", ole2));

    var zip = new ByteArrayOutputStream();
    try (var out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write(text);
    }
    assertEquals(RosterFileException.BROKEN, fileError("r.xlsx", zip.toByteArray()));
    byte[] workbook = xlsx(List.of(labels(Texts.CHINESE), row("700017")));
    byte[] truncated = java.util.Arrays.copyOf(workbook, workbook.length / 2);
    assertEquals(RosterFileException.BROKEN, fileError("r.xlsx", truncated));
  }

  @Test
  void aFileOverTheSizeLimitIsRefused() {
    byte[] large = new byte[(int) RosterFile.MAX_BYTES + 1];
    java.util.Arrays.fill(large, (byte) 'a');
    assertEquals(RosterFileException.TOO_LARGE, fileError("r.csv", large));
  }

  @Test
  void aCsvOverTheRowLimitIsRefused() {
    var text = new StringBuilder(csvLine(labels(Texts.CHINESE))).append('\n');
    String line = csvLine(row("700018")) + "\n";
    for (int i = 0; i <= RosterFile.MAX_ROWS; i++) {
      text.append(line);
    }
    assertEquals(
        RosterFileException.TOO_MANY_ROWS,
        fileError("r.csv", csv(text.toString(), StandardCharsets.UTF_8)));
  }

  @Test
  void anXlsxOverTheRowLimitIsRefusedWhileStreaming() throws IOException {
    var out = new ByteArrayOutputStream();
    var workbook = new SXSSFWorkbook(100);
    try {
      Sheet sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      for (int c = 0; c < FIELDS.size(); c++) {
        header.createCell(c).setCellValue(FIELDS.get(c));
      }
      for (int r = 1; r <= RosterFile.MAX_ROWS + 1; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(String.valueOf(700000 + r % 1000));
        row.createCell(1).setCellValue("王伟");
      }
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
    assertEquals(RosterFileException.TOO_MANY_ROWS, fileError("big.xlsx", out.toByteArray()));
  }
}
