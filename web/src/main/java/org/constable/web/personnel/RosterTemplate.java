package org.constable.web.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.personnel.IdNumber;
import org.constable.personnel.OfficerInputParser;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * The roster template: a first sheet with the header (each column's label in the user's language),
 * an example row that the import skips, a drop-down of the labels on every choice column, and cells
 * that keep typed numbers as text; a second sheet lists each choice with its code. The import takes
 * a label or a code alike.
 */
public final class RosterTemplate {

  /** A value that a choice column accepts: its code and the label a clerk picks. */
  public record Choice(String field, String code, String label) implements Serializable {}

  static final List<String> COLUMNS = OfficerInputParser.COLUMNS;
  static final Set<String> DATE_FIELDS =
      Set.of("firstEmploymentDate", "policeJoinDate", "partyJoinDate");

  /** The rows below the header that carry the drop-downs: as many as an import takes. */
  private static final int VALIDATED_ROWS = RosterFile.MAX_ROWS;

  private static final String LISTS_SHEET = "lists";

  private RosterTemplate() {}

  /** The choices that do not come from the database: the enumerations and the yes/no column. */
  public static List<Choice> fixedChoices(Locale locale) {
    List<Choice> choices = new ArrayList<>();
    for (RosterLabels.Choices column : RosterLabels.CHOICES) {
      for (Enum<?> value : column.values()) {
        choices.add(
            new Choice(
                column.field(), value.name(), Texts.get(locale, column.prefix() + value.name())));
      }
    }
    choices.add(new Choice("frontLine", "true", Texts.get(locale, "officer.yes")));
    choices.add(new Choice("frontLine", "false", Texts.get(locale, "officer.no")));
    return choices;
  }

  public static void write(Locale locale, List<Choice> choices, OutputStream out)
      throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Map<String, List<Choice>> byField = new LinkedHashMap<>();
      choices.forEach(c -> byField.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(c));
      var roster = roster(workbook, locale, byField);
      codes(workbook, locale, choices);
      dropDowns(workbook, roster.sheet(), byField);
      workbook.write(out);
    }
  }

  private static SheetWriter roster(
      Workbook workbook, Locale locale, Map<String, List<Choice>> byField) {
    var sheet =
        new SheetWriter(workbook, Texts.get(locale, "roster.sheet.roster"))
            .header(COLUMNS.stream().map(field -> RosterHeader.label(locale, field)).toList());
    for (int column = 0; column < COLUMNS.size(); column++) {
      sheet.typedColumn(column, DATE_FIELDS.contains(COLUMNS.get(column)));
    }
    sheet.row(example(locale, byField));
    return sheet;
  }

  /** A whole, valid row after the example mark, the choices' first labels in their columns. */
  private static List<Object> example(Locale locale, Map<String, List<Choice>> byField) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("policeNumber", Texts.get(locale, "roster.example.mark") + " 150999");
    values.put("name", Texts.get(locale, "roster.example.name"));
    values.put("ethnicity", Texts.get(locale, "roster.example.ethnicity"));
    values.put("idNumber", IdNumber.withCheckDigit("15080219900101001").value());
    values.put("partyJoinDate", LocalDate.of(2015, 7, 1));
    values.put("nativePlace", Texts.get(locale, "roster.example.nativePlace"));
    values.put("birthPlace", Texts.get(locale, "roster.example.birthPlace"));
    values.put("firstEmploymentDate", LocalDate.of(2012, 7, 1));
    values.put("policeJoinDate", LocalDate.of(2012, 9, 1));
    values.put("phone", "13904780000");
    byField.forEach((field, list) -> values.putIfAbsent(field, list.get(0).label()));
    values.put("uniformNumber", null);
    return COLUMNS.stream().map(values::get).toList();
  }

  private static void codes(Workbook workbook, Locale locale, List<Choice> choices) {
    var sheet =
        new SheetWriter(workbook, Texts.get(locale, "roster.sheet.choices"))
            .header(
                Texts.get(locale, "roster.choices.column"),
                Texts.get(locale, "roster.choices.label"),
                Texts.get(locale, "roster.choices.code"))
            .width(1, 2 * SheetWriter.WIDTH);
    for (Choice choice : choices) {
      sheet.row(RosterHeader.label(locale, choice.field()), choice.label(), choice.code());
    }
  }

  /**
   * Each choice column offers its labels from a hidden sheet. Any other text may still be typed (a
   * code, say): Excel shows no error, the import judges it.
   */
  private static void dropDowns(
      Workbook workbook, Sheet roster, Map<String, List<Choice>> byField) {
    Sheet lists = workbook.createSheet(LISTS_SHEET);
    workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    DataValidationHelper helper = roster.getDataValidationHelper();
    int listColumn = 0;
    for (var entry : byField.entrySet()) {
      int column = COLUMNS.indexOf(entry.getKey());
      List<Choice> values = entry.getValue();
      for (int i = 0; i < values.size(); i++) {
        var row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
        row.createCell(listColumn).setCellValue(values.get(i).label());
      }
      String letter = CellReference.convertNumToColString(listColumn);
      DataValidation validation =
          helper.createValidation(
              helper.createFormulaListConstraint(
                  LISTS_SHEET + "!$" + letter + "$1:$" + letter + "$" + values.size()),
              new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
      validation.setShowErrorBox(false);
      roster.addValidationData(validation);
      listColumn++;
    }
  }
}
