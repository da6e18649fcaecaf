package org.constable.health;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.constable.personnel.FieldError;
import org.constable.reference.ReferenceCodes;

/**
 * One health check as HR or the institution's workbook gives it: the day, the institution, the
 * conclusion (list HCONCL), the findings, the chronic conditions found (list HCOND) and the
 * follow-up due, if any. Conclusion and conditions are codes or names.
 */
public record CheckInput(
    LocalDate checkedOn,
    String institution,
    String conclusion,
    String findings,
    Set<String> conditions,
    LocalDate followUpOn)
    implements Serializable {

  public static final String CONCLUSIONS = "HCONCL";
  public static final String CONDITIONS = "HCOND";
  public static final int INSTITUTION_MAX = 100;
  public static final int FINDINGS_MAX = 2000;

  public CheckInput {
    conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
  }

  /** What is wrong with it, field by field; empty when it may be saved. */
  public List<FieldError> problems(LocalDate today, ReferenceCodes codes) {
    List<FieldError> errors = new ArrayList<>();
    if (checkedOn == null) {
      errors.add(error("checkedOn", "health.check.dateRequired"));
    } else if (checkedOn.isAfter(today)) {
      errors.add(error("checkedOn", "health.check.dateInFuture", checkedOn));
    } else if (checkedOn.isBefore(LocalDate.of(1950, 1, 1))) {
      errors.add(error("checkedOn", "health.check.dateTooEarly", checkedOn));
    }
    if (institution == null || institution.isBlank()) {
      errors.add(error("institution", "health.check.institutionRequired"));
    } else if (institution.strip().length() > INSTITUTION_MAX) {
      errors.add(error("institution", "health.check.institutionTooLong", INSTITUTION_MAX));
    }
    if (conclusion == null || conclusion.isBlank()) {
      errors.add(error("conclusion", "health.check.conclusionRequired"));
    } else if (codes.resolve(CONCLUSIONS, conclusion).isEmpty()) {
      errors.add(error("conclusion", "health.check.unknownConclusion", conclusion));
    }
    if (findings != null && findings.strip().length() > FINDINGS_MAX) {
      errors.add(error("findings", "health.check.findingsTooLong", FINDINGS_MAX));
    }
    for (String condition : new TreeSet<>(conditions)) {
      if (codes.resolve(CONDITIONS, condition).isEmpty()) {
        errors.add(error("conditions", "health.check.unknownCondition", condition));
      }
    }
    if (followUpOn != null && checkedOn != null && followUpOn.isBefore(checkedOn)) {
      errors.add(error("followUpOn", "health.check.followUpBeforeCheck", followUpOn, checkedOn));
    }
    return errors;
  }

  /** The input with codes for names and stripped texts; call after {@link #problems}. */
  CheckInput normalised(ReferenceCodes codes) {
    Set<String> conditionCodes = new TreeSet<>();
    conditions.forEach(c -> codes.resolve(CONDITIONS, c).ifPresent(conditionCodes::add));
    return new CheckInput(
        checkedOn,
        institution.strip(),
        codes.resolve(CONCLUSIONS, conclusion).orElseThrow(),
        findings == null || findings.isBlank() ? null : findings.strip(),
        conditionCodes,
        followUpOn);
  }

  private static FieldError error(String field, String key, Object... arguments) {
    return new FieldError(field, key, List.of(arguments));
  }
}
