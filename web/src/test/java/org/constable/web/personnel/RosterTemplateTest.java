package org.constable.web.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.personnel.RosterRow;
import org.constable.web.shell.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterTemplateTest {

  private static final List<String> COLUMNS = RosterTemplate.COLUMNS;

  private static byte[] template(Locale locale, List<RosterTemplate.Choice> choices)
      throws IOException {
    var template = new ByteArrayOutputStream();
    RosterTemplate.write(locale, choices, template);
    return template.toByteArray();
  }

  private static List<RosterTemplate.Choice> choices(Locale locale) {
    var choices = new ArrayList<>(RosterTemplate.fixedChoices(locale));
    choices.add(new RosterTemplate.Choice("unitCode", "150802010100", "临河区公安分局 / 政治处"));
    choices.add(new RosterTemplate.Choice("rankCode", "JS1", "一级警司"));
    return choices;
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void aFilledInTemplateReadsBackWithEveryValueInItsColumn(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    var filled = new ByteArrayOutputStream();
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(template(locale, choices(locale))))) {
      Sheet roster = workbook.getSheetAt(0);
      Row header = roster.getRow(0);
      assertEquals(COLUMNS.size(), header.getLastCellNum());
      assertEquals(
          Texts.get(locale, "roster.column.policeNumber"), header.getCell(0).getStringCellValue());
      Row row = roster.createRow(2);
      for (int c = 0; c < COLUMNS.size(); c++) {
        row.createCell(c).setCellValue("v-" + COLUMNS.get(c));
      }
      workbook.write(filled);
    }
    List<RosterRow> rows =
        RosterFile.read("t.xlsx", new ByteArrayInputStream(filled.toByteArray()), locale);
    assertEquals(1, rows.size(), "the example row is skipped");
    assertEquals(3, rows.get(0).rowNumber());
    for (String field : COLUMNS) {
      assertEquals("v-" + field, rows.get(0).input().get(field), field);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void theCodeSheetListsEveryChoiceWithItsLabelAndCode(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(template(locale, choices(locale))))) {
      Sheet sheet = workbook.getSheetAt(1);
      var text = new DataFormatter();
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
      assertEquals(choices(locale).size(), lines.size());
      String unit = Texts.get(locale, "roster.column.unitCode");
      assertTrue(lines.contains(unit + "|临河区公安分局 / 政治处|150802010100"), lines.toString());
      String category = Texts.get(locale, "roster.column.category");
      assertTrue(
          lines.contains(category + "|" + Texts.get(locale, "category.AUXILIARY") + "|AUXILIARY"),
          lines.toString());
      String political = Texts.get(locale, "roster.column.politicalStatus");
      assertTrue(
          lines.contains(
              political + "|" + Texts.get(locale, "political.CPC_MEMBER") + "|CPC_MEMBER"),
          lines.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void everyChoiceColumnHasADropDownOfItsLabels(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(template(locale, choices(locale))))) {
      XSSFSheet roster = workbook.getSheetAt(0);
      Set<Integer> validated =
          roster.getDataValidations().stream()
              .map(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
              .collect(Collectors.toSet());
      Set<Integer> expected =
          choices(locale).stream().map(c -> COLUMNS.indexOf(c.field())).collect(Collectors.toSet());
      assertEquals(expected, validated);
      int status = COLUMNS.indexOf("status");
      var statusList =
          roster.getDataValidations().stream()
              .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == status)
              .findFirst()
              .orElseThrow();
      String formula = statusList.getValidationConstraint().getFormula1();
      var cells = new org.apache.poi.ss.util.AreaReference(formula, null).getAllReferencedCells();
      Sheet lists = workbook.getSheet(cells[0].getSheetName());
      assertTrue(workbook.isSheetHidden(workbook.getSheetIndex(lists)));
      List<String> labels = new ArrayList<>();
      for (var cell : cells) {
        labels.add(lists.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
      }
      assertTrue(labels.contains(Texts.get(locale, "status.ON_DUTY")), labels.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void theExampleRowIsValidOnceItsMarkIsRemoved(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    var filled = new ByteArrayOutputStream();
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(template(locale, choices(locale))))) {
      var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
      assertTrue(cell.getStringCellValue().startsWith(Texts.get(locale, "roster.example.mark")));
      cell.setCellValue("150999");
      workbook.write(filled);
    }
    List<RosterRow> rows =
        RosterFile.read("t.xlsx", new ByteArrayInputStream(filled.toByteArray()), locale);
    assertEquals(1, rows.size());
    var input = rows.get(0).input();
    assertEquals("150999", input.policeNumber());
    assertEquals("ON_DUTY", input.status(), "the label in the cell reads as its code");
    assertEquals("CPC_MEMBER", input.politicalStatus());
    assertEquals("2015-07-01", input.partyJoinDate(), "a date cell reads as its day");
    assertEquals(Texts.get(locale, "officer.yes"), input.frontLine());
  }
}
