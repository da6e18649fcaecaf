package org.constable.education;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.personnel.Education;

/** A claim as the desk and the officer's page show it. */
public record ClaimRow(
    long id,
    long officerId,
    String policeNumber,
    String officerName,
    String unitLabel,
    Programme programme,
    Outcome outcome,
    LocalDate startedOn,
    ClaimState state,
    BigDecimal tuition,
    String ruleKey,
    BigDecimal rulePercent,
    BigDecimal ruleAmount,
    int ageOnStart,
    String gradeOnStart,
    Education educationOnStart,
    BigDecimal approvedPercent,
    BigDecimal approvedAmount,
    boolean overridden,
    String justification,
    String rejectReason,
    BigDecimal paidAmount,
    LocalDate paidOn,
    String payingUnitLabel,
    LocalDateTime filedAt,
    long version)
    implements Serializable {

  /** The rule's reason's arguments, as the rule gave them. */
  public List<Object> reasonArguments() {
    return List.of(ageOnStart, startedOn);
  }
}
