package org.constable.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.constable.platform.TypedDates;
import org.constable.reference.ReferenceCodes;

/**
 * Checks an {@link OfficerInput} field by field and turns it into {@link OfficerData}. Every bad
 * field is reported, not only the first, so a form or a roster row can show them all at once.
 */
public final class OfficerInputParser {

  /** The fields, in the order of {@link OfficerInput}'s components. */
  public static final List<String> FIELDS =
      List.of(
          "policeNumber",
          "name",
          "ethnicity",
          "idNumber",
          "firstEmploymentDate",
          "policeJoinDate",
          "entryChannel",
          "category",
          "uniformNumber",
          "rankCode",
          "gradeCode",
          "lineCode",
          "postCode",
          "frontLine",
          "status",
          "education",
          "phone",
          "unitCode",
          "politicalStatus",
          "partyJoinDate",
          "nativePlace",
          "birthPlace");

  /**
   * The same fields in the order a personnel file lists them: the order of the roster template's
   * and the export's columns, and of the errors reported.
   */
  public static final List<String> COLUMNS =
      List.of(
          "policeNumber",
          "name",
          "ethnicity",
          "idNumber",
          "politicalStatus",
          "partyJoinDate",
          "nativePlace",
          "birthPlace",
          "firstEmploymentDate",
          "policeJoinDate",
          "entryChannel",
          "category",
          "uniformNumber",
          "rankCode",
          "gradeCode",
          "lineCode",
          "postCode",
          "frontLine",
          "status",
          "education",
          "phone",
          "unitCode");

  static final String REQUIRED = "personnel.field.required";
  static final String BAD_DATE = "personnel.field.date";
  static final String FUTURE_DATE = "personnel.field.dateInFuture";
  static final String BAD_CHOICE = "personnel.field.choice";
  static final String UNKNOWN_CODE = "personnel.field.unknownCode";
  static final String TOO_LONG = "personnel.field.tooLong";
  static final String BAD_NAME = "personnel.field.name";
  static final String BAD_PHONE = "personnel.field.phone";
  static final String BAD_YES_NO = "personnel.field.yesNo";
  static final String JOINED_BEFORE_EMPLOYED = "personnel.field.joinedBeforeEmployed";
  static final String EMPLOYED_TOO_YOUNG = "personnel.field.employedTooYoung";
  static final String UNIFORM_NUMBER_NEEDED = "personnel.field.uniformNumberNeeded";
  static final String PARTY_DATE_NEEDED = "personnel.field.partyJoinDateNeeded";
  static final String PARTY_DATE_NOT_MEMBER = "personnel.field.partyJoinDateNotMember";
  static final String PARTY_TOO_YOUNG = "personnel.field.partyJoinedTooYoung";

  /** The youngest age at which one joins the Party (Party Constitution art. 1). */
  static final int PARTY_MINIMUM_AGE = 18;

  /** The youngest age at which anyone can be employed (Labour Law art. 15). */
  static final int MINIMUM_WORKING_AGE = 16;

  private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{L}·. -]{1,30}");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

  /** What the parse gave: the data and the unit code when there are no errors. */
  public record Result(OfficerData data, String unitCode, List<FieldError> errors) {
    public boolean isValid() {
      return errors.isEmpty();
    }
  }

  private final ReferenceCodes codes;
  private final LocalDate today;

  public OfficerInputParser(ReferenceCodes codes, LocalDate today) {
    this.codes = codes;
    this.today = today;
  }

  public Result parse(OfficerInput in) {
    var errors = new ArrayList<FieldError>();
    PoliceNumber policeNumber =
        valueObject(errors, "policeNumber", in.policeNumber(), PoliceNumber::of);
    String name = required(errors, "name", in.name());
    if (name != null && !NAME.matcher(name).matches()) {
      errors.add(FieldError.of("name", BAD_NAME));
    }
    String ethnicity =
        maxLength(errors, "ethnicity", required(errors, "ethnicity", in.ethnicity()), 20);
    IdNumber idNumber = valueObject(errors, "idNumber", in.idNumber(), t -> IdNumber.of(t, today));
    LocalDate employed = date(errors, "firstEmploymentDate", in.firstEmploymentDate(), true);
    LocalDate joined = date(errors, "policeJoinDate", in.policeJoinDate(), false);
    EntryChannel channel =
        choice(errors, "entryChannel", in.entryChannel(), EntryChannel.class, true);
    PersonnelCategory category =
        choice(errors, "category", in.category(), PersonnelCategory.class, true);
    String uniformNumber = maxLength(errors, "uniformNumber", trim(in.uniformNumber()), 20);
    String rank = code(errors, "rankCode", in.rankCode(), PersonnelLists.RANK);
    String grade = code(errors, "gradeCode", in.gradeCode(), PersonnelLists.GRADE);
    String line = code(errors, "lineCode", in.lineCode(), PersonnelLists.LINE);
    String post = code(errors, "postCode", in.postCode(), PersonnelLists.POST);
    Boolean frontLine = yesNo(errors, in.frontLine());
    OfficerStatus status = choice(errors, "status", in.status(), OfficerStatus.class, true);
    Education education = choice(errors, "education", in.education(), Education.class, true);
    String phone = trim(in.phone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      errors.add(FieldError.of("phone", BAD_PHONE));
    }
    String unitCode =
        maxLength(errors, "unitCode", required(errors, "unitCode", in.unitCode()), 200);
    PoliticalStatus political =
        choice(errors, "politicalStatus", in.politicalStatus(), PoliticalStatus.class, false);
    LocalDate partyJoined = date(errors, "partyJoinDate", in.partyJoinDate(), false);
    String nativePlace = maxLength(errors, "nativePlace", trim(in.nativePlace()), 60);
    String birthPlace = maxLength(errors, "birthPlace", trim(in.birthPlace()), 60);

    if (employed != null && joined != null && joined.isBefore(employed)) {
      errors.add(FieldError.of("policeJoinDate", JOINED_BEFORE_EMPLOYED, employed));
    }
    if (employed != null
        && idNumber != null
        && employed.isBefore(idNumber.birthDate().plusYears(MINIMUM_WORKING_AGE))) {
      errors.add(FieldError.of("firstEmploymentDate", EMPLOYED_TOO_YOUNG, MINIMUM_WORKING_AGE));
    }
    if (category != null && category.needsUniformNumber() && uniformNumber == null) {
      errors.add(FieldError.of("uniformNumber", UNIFORM_NUMBER_NEEDED));
    }
    checkParty(errors, political, partyJoined, idNumber);
    if (!errors.isEmpty()) {
      return new Result(null, null, List.copyOf(errors));
    }
    var data =
        new OfficerData(
            policeNumber,
            name,
            ethnicity,
            idNumber,
            employed,
            joined,
            channel,
            category,
            uniformNumber,
            rank,
            grade,
            line,
            post,
            frontLine,
            status,
            education,
            phone,
            political,
            partyJoined,
            nativePlace,
            birthPlace);
    return new Result(data, unitCode, List.of());
  }

  /** A member has the day of joining, at 18 or older; anyone else has none. */
  private static void checkParty(
      List<FieldError> errors, PoliticalStatus status, LocalDate joined, IdNumber idNumber) {
    boolean member = status != null && status.isPartyMember();
    if (member && joined == null && !hasError(errors, "partyJoinDate")) {
      errors.add(FieldError.of("partyJoinDate", PARTY_DATE_NEEDED));
    } else if (!member && joined != null) {
      errors.add(FieldError.of("partyJoinDate", PARTY_DATE_NOT_MEMBER));
    } else if (member
        && joined != null
        && idNumber != null
        && joined.isBefore(idNumber.birthDate().plusYears(PARTY_MINIMUM_AGE))) {
      errors.add(FieldError.of("partyJoinDate", PARTY_TOO_YOUNG, PARTY_MINIMUM_AGE));
    }
  }

  private static boolean hasError(List<FieldError> errors, String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String required(List<FieldError> errors, String field, String text) {
    String value = trim(text);
    if (value == null) {
      errors.add(FieldError.of(field, REQUIRED));
    }
    return value;
  }

  private static String maxLength(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(FieldError.of(field, TOO_LONG, max));
      return null;
    }
    return value;
  }

  private static <T> T valueObject(
      List<FieldError> errors, String field, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (InvalidValueException e) {
      errors.add(new FieldError(field, e.getMessageKey(), List.of(e.getArguments())));
      return null;
    }
  }

  private LocalDate date(List<FieldError> errors, String field, String text, boolean required) {
    String value = required ? required(errors, field, text) : trim(text);
    if (value == null) {
      return null;
    }
    LocalDate date = TypedDates.parse(value).orElse(null);
    if (date == null || !TypedDates.isPlausible(date)) {
      errors.add(FieldError.of(field, BAD_DATE, value));
      return null;
    }
    if (date.isAfter(today)) {
      errors.add(FieldError.of(field, FUTURE_DATE, date));
      return null;
    }
    return date;
  }

  private static <E extends Enum<E>> E choice(
      List<FieldError> errors, String field, String text, Class<E> type, boolean required) {
    String value = required ? required(errors, field, text) : trim(text);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.of(field, BAD_CHOICE, value));
      return null;
    }
  }

  /** A code of a reference list, or the name of its entry in either language. */
  private String code(List<FieldError> errors, String field, String text, String list) {
    String value = trim(text);
    if (value == null) {
      return null;
    }
    var code = codes.resolve(list, value);
    if (code.isEmpty()) {
      errors.add(FieldError.of(field, UNKNOWN_CODE, value));
    }
    return code.orElse(null);
  }

  private static Boolean yesNo(List<FieldError> errors, String text) {
    String value = trim(text);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "是" -> true;
      case "false", "no", "n", "0", "否" -> false;
      default -> {
        errors.add(FieldError.of("frontLine", BAD_YES_NO, value));
        yield null;
      }
    };
  }
}
