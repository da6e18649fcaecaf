package org.constable.web.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.personnel.Education;
import org.constable.personnel.EntryChannel;
import org.constable.personnel.OfficerInputParser;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.web.shell.Texts;

/**
 * The roster template: a first sheet with the header row (each column's label in the user's
 * language with its field code) whose cells keep what is typed as text, and a second sheet listing
 * the values each coded column accepts.
 */
public final class RosterTemplate {

  /** A value that a column accepts, with what it means. */
  public record Choice(String field, String code, String meaning) {}

  private static final List<String> FIELDS = OfficerInputParser.FIELDS;
  private static final Set<String> DATE_FIELDS = Set.of("firstEmploymentDate", "policeJoinDate");
  private static final int COLUMN_WIDTH = 20 * 256;

  private RosterTemplate() {}

  /** The choices that do not come from the database: the enumerations and the yes/no column. */
  public static List<Choice> fixedChoices(Locale locale) {
    List<Choice> choices = new ArrayList<>();
    addEnum(choices, locale, "entryChannel", "entryChannel.", EntryChannel.values());
    addEnum(choices, locale, "category", "category.", PersonnelCategory.values());
    choices.add(
        new Choice(
            "frontLine",
            Texts.get(locale, "officer.yes"),
            Texts.get(locale, "roster.frontLine.yes")));
    choices.add(
        new Choice(
            "frontLine",
            Texts.get(locale, "officer.no"),
            Texts.get(locale, "roster.frontLine.no")));
    addEnum(choices, locale, "status", "status.", OfficerStatus.values());
    addEnum(choices, locale, "education", "education.", Education.values());
    return choices;
  }

  private static void addEnum(
      List<Choice> choices, Locale locale, String field, String prefix, Enum<?>[] values) {
    for (Enum<?> value : values) {
      choices.add(new Choice(field, value.name(), Texts.get(locale, prefix + value.name())));
    }
  }

  public static void write(Locale locale, List<Choice> choices, OutputStream out)
      throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      roster(workbook, locale, bold);
      choices(workbook, locale, bold, choices);
      workbook.write(out);
    }
  }

  private static void roster(Workbook workbook, Locale locale, CellStyle bold) {
    Sheet sheet = workbook.createSheet(Texts.get(locale, "roster.sheet.roster"));
    CellStyle text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    CellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    Row header = sheet.createRow(0);
    for (int column = 0; column < FIELDS.size(); column++) {
      String field = FIELDS.get(column);
      var cell = header.createCell(column);
      cell.setCellValue(RosterHeader.label(locale, field) + " (" + field + ")");
      cell.setCellStyle(bold);
      // police, ID and phone numbers stay text: Excel would otherwise round an ID number
      sheet.setDefaultColumnStyle(column, DATE_FIELDS.contains(field) ? date : text);
      sheet.setColumnWidth(column, COLUMN_WIDTH);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void choices(
      Workbook workbook, Locale locale, CellStyle bold, List<Choice> choices) {
    Sheet sheet = workbook.createSheet(Texts.get(locale, "roster.sheet.choices"));
    Row header = sheet.createRow(0);
    String[] titles = {"roster.choices.column", "roster.choices.code", "roster.choices.meaning"};
    for (int column = 0; column < titles.length; column++) {
      var cell = header.createCell(column);
      cell.setCellValue(Texts.get(locale, titles[column]));
      cell.setCellStyle(bold);
      sheet.setColumnWidth(column, column == 2 ? 2 * COLUMN_WIDTH : COLUMN_WIDTH);
    }
    int rowIndex = 1;
    for (Choice choice : choices) {
      Row row = sheet.createRow(rowIndex++);
      row.createCell(0).setCellValue(RosterHeader.label(locale, choice.field()));
      row.createCell(1).setCellValue(choice.code());
      row.createCell(2).setCellValue(choice.meaning());
    }
    sheet.createFreezePane(0, 1);
  }
}
