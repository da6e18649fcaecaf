package org.constable.web.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.personnel.OfficerInputParser;
import org.constable.personnel.RosterRow;
import org.constable.web.shell.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterTemplateTest {

  private static final List<String> FIELDS = OfficerInputParser.FIELDS;

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void aFilledInTemplateReadsBackWithEveryValueInItsColumn(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    var choices = new ArrayList<>(RosterTemplate.fixedChoices(locale));
    choices.add(new RosterTemplate.Choice("unitCode", "150802010100", "临河区公安分局政治处"));
    var template = new ByteArrayOutputStream();
    RosterTemplate.write(locale, choices, template);

    var filled = new ByteArrayOutputStream();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
      Sheet roster = workbook.getSheetAt(0);
      Row header = roster.getRow(0);
      assertEquals(FIELDS.size(), header.getLastCellNum());
      String police = header.getCell(0).getStringCellValue();
      assertEquals(Texts.get(locale, "roster.column.policeNumber") + " (policeNumber)", police);
      Row row = roster.createRow(1);
      for (int c = 0; c < FIELDS.size(); c++) {
        row.createCell(c).setCellValue("v-" + FIELDS.get(c));
      }
      assertChoicesListed(workbook.getSheetAt(1), locale, choices.size());
      workbook.write(filled);
    }

    List<RosterRow> rows =
        RosterFile.read("t.xlsx", new ByteArrayInputStream(filled.toByteArray()), locale);
    assertEquals(1, rows.size());
    assertEquals(2, rows.get(0).rowNumber());
    assertEquals(
        FIELDS.stream().map(f -> "v-" + f).toList(), List.of(rows.get(0).input().values()));
  }

  private static void assertChoicesListed(Sheet sheet, Locale locale, int count) {
    var text = new DataFormatter();
    assertEquals(count, sheet.getLastRowNum());
    List<String> lines = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      lines.add(
          text.formatCellValue(row.getCell(0))
              + "|"
              + text.formatCellValue(row.getCell(1))
              + "|"
              + text.formatCellValue(row.getCell(2)));
    }
    String unit = Texts.get(locale, "roster.column.unitCode");
    assertTrue(lines.contains(unit + "|150802010100|临河区公安分局政治处"), lines.toString());
    String category = Texts.get(locale, "roster.column.category");
    assertTrue(
        lines.contains(category + "|AUXILIARY|" + Texts.get(locale, "category.AUXILIARY")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith(Texts.get(locale, "roster.column.status"))),
        lines.toString());
  }
}
