package org.constable.personnel;

import static java.util.stream.Collectors.toSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.constable.platform.Progress;

/**
 * The checks of a roster, row by row: each row parsed, police and ID numbers that occur twice in
 * the file, and the checks against the database with lookups that {@link RosterImport} made in a
 * few set-based queries. Every error is kept, so that the user sees them all at once.
 */
final class RosterCheck {

  static final String DUPLICATE_POLICE_NUMBER = "roster.row.duplicatePoliceNumber";
  static final String DUPLICATE_ID_NUMBER = "roster.row.duplicateIdNumber";
  static final String NOT_ALLOWED = "roster.row.notAllowed";
  static final String ID_NUMBER_TAKEN = "personnel.field.idNumberTaken";
  static final String EDUCATION_FOLLOWS_RECORDS = "personnel.field.educationFollowsRecords";

  /** A row whose fields are valid, ready to be saved once the whole roster passes. */
  record Valid(int rowNumber, OfficerData data, String unitCode) {}

  /** The keys of a row as far as they could be read, whether or not the rest of it is valid. */
  private record Keys(int rowNumber, String policeNumber, String idNumber, String unitCode) {}

  private final List<Keys> keys = new ArrayList<>();
  private final List<Valid> valid = new ArrayList<>();
  private final List<RowError> errors = new ArrayList<>();

  private RosterCheck() {}

  /**
   * @param parsers the parser of a row: its officer's retired codes stay valid for it
   */
  static RosterCheck of(List<RosterRow> rows, Function<RosterRow, OfficerInputParser> parsers) {
    return of(rows, parsers, Progress.NONE);
  }

  /**
   * @param progress advanced by each row parsed
   */
  static RosterCheck of(
      List<RosterRow> rows, Function<RosterRow, OfficerInputParser> parsers, Progress progress) {
    var check = new RosterCheck();
    for (RosterRow row : rows) {
      check.parse(row, parsers.apply(row));
      progress.advance(1);
    }
    check.findDuplicates();
    return check;
  }

  private void parse(RosterRow row, OfficerInputParser parser) {
    int number = row.rowNumber();
    var result = parser.parse(row.input());
    if (result.isValid()) {
      OfficerData data = result.data();
      valid.add(new Valid(number, data, result.unitCode()));
      keys.add(
          new Keys(
              number, data.policeNumber().value(), data.idNumber().value(), result.unitCode()));
      return;
    }
    result.errors().forEach(e -> errors.add(RowError.at(number, e)));
    Set<String> bad = result.errors().stream().map(FieldError::field).collect(toSet());
    OfficerInput in = row.input();
    keys.add(
        new Keys(
            number,
            bad.contains("policeNumber") ? null : PoliceNumber.of(in.policeNumber()).value(),
            bad.contains("idNumber") ? null : IdNumber.of(in.idNumber()).value(),
            bad.contains("unitCode") ? null : in.unitCode().strip()));
  }

  private void findDuplicates() {
    Map<String, Integer> policeNumbers = new HashMap<>();
    Map<String, Integer> idNumbers = new HashMap<>();
    for (Keys row : keys) {
      duplicate(row, policeNumbers, row.policeNumber(), "policeNumber", DUPLICATE_POLICE_NUMBER);
      duplicate(row, idNumbers, row.idNumber(), "idNumber", DUPLICATE_ID_NUMBER);
    }
  }

  // the row number goes in as text: a number argument would be shown as "1,234"
  private void duplicate(
      Keys row, Map<String, Integer> firstRows, String value, String field, String key) {
    if (value == null) {
      return;
    }
    Integer first = firstRows.putIfAbsent(value, row.rowNumber());
    if (first != null) {
      errors.add(RowError.at(row.rowNumber(), field, key, String.valueOf(first)));
    }
  }

  Set<String> policeNumbers() {
    return collect(Keys::policeNumber);
  }

  Set<String> idNumbers() {
    return collect(Keys::idNumber);
  }

  Set<String> unitCodes() {
    return collect(Keys::unitCode);
  }

  private Set<String> collect(Function<Keys, String> key) {
    return keys.stream()
        .map(key)
        .filter(Objects::nonNull)
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Each row's unit as {@link RosterUnits} found it: a unit that is unknown, closed or outside the
   * caller's scope is reported as unknown, a name that several units bear as ambiguous; the valid
   * rows carry the unit's code from here on.
   */
  void resolveUnits(Map<String, RosterUnits.Match> matches) {
    for (Keys row : keys) {
      RosterUnits.Match match = row.unitCode() == null ? null : matches.get(row.unitCode());
      if (match != null && match.error() != null) {
        errors.add(RowError.at(row.rowNumber(), "unitCode", match.error(), row.unitCode()));
      }
    }
    valid.replaceAll(
        row -> {
          RosterUnits.Match match = matches.get(row.unitCode());
          return match == null || match.code() == null
              ? row
              : new Valid(row.rowNumber(), row.data(), match.code());
        });
  }

  /** An existing officer that the caller may not change. */
  void refuseOfficers(Predicate<String> outOfScope) {
    for (Keys row : keys) {
      if (row.policeNumber() != null && outOfScope.test(row.policeNumber())) {
        errors.add(RowError.at(row.rowNumber(), "policeNumber", NOT_ALLOWED, row.policeNumber()));
      }
    }
  }

  /**
   * @param holders the police number of the officer that already holds each ID number
   */
  void requireOwnIdNumbers(Map<String, String> holders) {
    for (Keys row : keys) {
      String holder = row.idNumber() == null ? null : holders.get(row.idNumber());
      if (holder != null && !holder.equals(row.policeNumber())) {
        errors.add(RowError.at(row.rowNumber(), "idNumber", ID_NUMBER_TAKEN));
      }
    }
  }

  /**
   * @param following the level held by each officer whose education follows its education records:
   *     a roster may repeat it, not change it
   */
  void keepEducation(Map<String, Education> following) {
    for (Valid row : valid) {
      Education held = following.get(row.data().policeNumber().value());
      if (held != null && held != row.data().education()) {
        errors.add(RowError.at(row.rowNumber(), "education", EDUCATION_FOLLOWS_RECORDS));
      }
    }
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Every error, by row and then in the order of the template's columns. */
  List<RowError> errors() {
    return errors.stream()
        .sorted(
            Comparator.comparingInt(RowError::rowNumber).thenComparingInt(e -> column(e.field())))
        .toList();
  }

  private static int column(String field) {
    int index = OfficerInputParser.COLUMNS.indexOf(field);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  List<Valid> valid() {
    return List.copyOf(valid);
  }
}
