package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.Versioned;
import org.constable.reference.ReferenceLists;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * One aspect of an officer's career at a time, each a dated history entry and an audit entry: what
 * the other capabilities change (off-post training after a failed retraining, a grade lowered after
 * 不称职, a degree earned, a rank promotion, a transfer). The whole record changes through {@link
 * OfficerRegister}. A new code must be an active one; nothing is recorded when the value is already
 * the officer's.
 */
@Stateless
@Guard(Permissions.PERSONNEL_WRITE)
public class OfficerChanges {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private OfficerRecords records;
  @Inject private ReferenceLists references;
  @Inject private Event<OfficersChanged> changed;

  /** 调动 to an open unit inside the caller's scope. */
  public void transfer(long officerId, String unitCode, LocalDate effective) {
    OrgUnit unit = records.unitInScope(unitCode);
    change(officerId, effective, "TRANSFER", (o, stamp) -> o.transferTo(unit, stamp));
  }

  public void changePost(long officerId, String postCode, LocalDate effective) {
    String code = activeCode(PersonnelLists.POST, "postCode", postCode);
    change(officerId, effective, "CHANGE_POST", (o, stamp) -> o.changePost(code, stamp));
  }

  public void changeLine(long officerId, String lineCode, LocalDate effective) {
    String code = activeCode(PersonnelLists.LINE, "lineCode", lineCode);
    change(officerId, effective, "CHANGE_LINE", (o, stamp) -> o.changeLine(code, stamp));
  }

  /** A grade raised or lowered. */
  public void changeGrade(long officerId, String gradeCode, LocalDate effective) {
    String code = activeCode(PersonnelLists.GRADE, "gradeCode", gradeCode);
    change(officerId, effective, "CHANGE_GRADE", (o, stamp) -> o.changeGrade(code, stamp));
  }

  /** 晋升警衔. */
  public void changeRank(long officerId, String rankCode, LocalDate effective) {
    String code = activeCode(PersonnelLists.RANK, "rankCode", rankCode);
    change(officerId, effective, "CHANGE_RANK", (o, stamp) -> o.changeRank(code, stamp));
  }

  /** E.g. 离岗培训, and back on duty. */
  public void changeStatus(long officerId, OfficerStatus status, LocalDate effective) {
    requireGiven("status", status);
    change(officerId, effective, "CHANGE_STATUS", (o, stamp) -> o.changeStatus(status, stamp));
  }

  /**
   * The highest completed education. The education capability will call this whenever an officer's
   * education records change (it owns the level then: docs/adding-a-capability.md).
   */
  public void recordEducation(long officerId, Education level, LocalDate effective) {
    requireGiven("education", level);
    change(officerId, effective, "RECORD_EDUCATION", (o, stamp) -> o.recordEducation(level, stamp));
  }

  private void change(
      long officerId,
      LocalDate effective,
      String action,
      BiFunction<Officer, HistoryStamp, Optional<OfficerHistoryEntry>> edit) {
    Officer officer = records.writable(officerId);
    HistoryStamp stamp = records.stamp(effective);
    var before = officer.auditSnapshot();
    Optional<OfficerHistoryEntry> entry = edit.apply(officer, stamp);
    if (entry.isEmpty()) {
      return;
    }
    em.persist(entry.get());
    Versioned.flush(em);
    changed.fire(OfficersChanged.of(officerId));
    audit.record(
        OfficerRegister.ENTITY,
        officerId,
        action,
        Changes.between(before, officer.auditSnapshot()));
  }

  private String activeCode(String list, String field, String code) {
    requireGiven(field, code);
    return references
        .activeCodes()
        .resolve(list, code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(FieldError.of(field, OfficerInputParser.UNKNOWN_CODE, code))));
  }

  private static void requireGiven(String field, Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(List.of(FieldError.of(field, OfficerInputParser.REQUIRED)));
    }
  }
}
