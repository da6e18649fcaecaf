package org.constable.web.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.personnel.Education;
import org.constable.personnel.EntryChannel;
import org.constable.personnel.OfficerInputParser;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.web.shell.SheetWriter;
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
      roster(workbook, locale);
      choices(workbook, locale, choices);
      workbook.write(out);
    }
  }

  private static void roster(Workbook workbook, Locale locale) {
    var sheet =
        new SheetWriter(workbook, Texts.get(locale, "roster.sheet.roster"))
            .header(
                FIELDS.stream()
                    .map(field -> RosterHeader.label(locale, field) + " (" + field + ")")
                    .toList());
    for (int column = 0; column < FIELDS.size(); column++) {
      sheet.typedColumn(column, DATE_FIELDS.contains(FIELDS.get(column)));
    }
  }

  private static void choices(Workbook workbook, Locale locale, List<Choice> choices) {
    var sheet =
        new SheetWriter(workbook, Texts.get(locale, "roster.sheet.choices"))
            .header(
                Texts.get(locale, "roster.choices.column"),
                Texts.get(locale, "roster.choices.code"),
                Texts.get(locale, "roster.choices.meaning"))
            .width(2, 2 * SheetWriter.WIDTH);
    for (Choice choice : choices) {
      sheet.row(RosterHeader.label(locale, choice.field()), choice.code(), choice.meaning());
    }
  }
}
