package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.BusinessException;
import org.constable.platform.OracleLimits;
import org.constable.platform.Versioned;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * One change for many officers at once, from the officer list's selection: each officer changes as
 * through {@link OfficerChanges} (the same checks, dated history entry and audit entry), and all of
 * them or none. Every officer must lie in the caller's scope: one that does not refuses the whole
 * batch before anything changes.
 */
@Stateless
@Guard(Permissions.PERSONNEL_WRITE)
public class OfficerBatch {

  /** The most officers one batch changes. */
  public static final int MAX_OFFICERS = OracleLimits.IN_LIST;

  public static final String EMPTY = "personnel.batch.empty";
  public static final String TOO_MANY = "personnel.batch.tooMany";

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private OfficerRecords records;
  @Inject private Event<OfficersChanged> changed;

  /**
   * 调动 to an open unit inside the caller's scope.
   *
   * @return how many officers changed (those already in the unit do not)
   */
  public int transfer(List<Long> officerIds, String unitCode, LocalDate effective) {
    List<Officer> officers = writable(officerIds);
    OrgUnit unit = records.unitInScope(unitCode);
    return change(officers, effective, "TRANSFER", (o, stamp) -> o.transferTo(unit, stamp));
  }

  /**
   * E.g. 离岗培训, and back on duty.
   *
   * @return how many officers changed (those already of that status do not)
   */
  public int changeStatus(List<Long> officerIds, OfficerStatus status, LocalDate effective) {
    List<Officer> officers = writable(officerIds);
    if (status == null) {
      throw new InvalidInputException(
          List.of(FieldError.of("status", OfficerInputParser.REQUIRED)));
    }
    return change(
        officers, effective, "CHANGE_STATUS", (o, stamp) -> o.changeStatus(status, stamp));
  }

  /** Every officer, or the refusal of the first one outside the scope (or not found). */
  private List<Officer> writable(List<Long> officerIds) {
    var ids = new LinkedHashSet<>(officerIds == null ? List.<Long>of() : officerIds);
    if (ids.isEmpty()) {
      throw new BusinessException(EMPTY);
    }
    if (ids.size() > MAX_OFFICERS) {
      throw new BusinessException(TOO_MANY, ids.size(), MAX_OFFICERS);
    }
    return ids.stream().map(records::writable).toList();
  }

  private int change(
      List<Officer> officers,
      LocalDate effective,
      String action,
      BiFunction<Officer, HistoryStamp, Optional<OfficerHistoryEntry>> edit) {
    HistoryStamp stamp = records.stamp(effective);
    List<Long> changedIds = new ArrayList<>();
    List<Runnable> audits = new ArrayList<>();
    for (Officer officer : officers) {
      var before = officer.auditSnapshot();
      Optional<OfficerHistoryEntry> entry = edit.apply(officer, stamp);
      if (entry.isPresent()) {
        em.persist(entry.get());
        changedIds.add(officer.getId());
        var after = officer.auditSnapshot();
        audits.add(
            () ->
                audit.record(
                    OfficerRegister.ENTITY,
                    officer.getId(),
                    action,
                    Changes.between(before, after)));
      }
    }
    if (changedIds.isEmpty()) {
      return 0;
    }
    Versioned.flush(em);
    changed.fire(new OfficersChanged(changedIds));
    audits.forEach(Runnable::run);
    return changedIds.size();
  }
}
