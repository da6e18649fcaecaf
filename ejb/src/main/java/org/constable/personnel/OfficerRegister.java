package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.platform.Versioned;
import org.constable.reference.ReferenceCodes;
import org.constable.reference.ReferenceLists;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * HR creates and edits whole officers' records within its scope. Unit, post, grade, rank, line,
 * status and education changes become dated history; every change is audited. One aspect at a time
 * changes through {@link OfficerChanges}.
 */
@Stateless
@Guard(Permissions.PERSONNEL_WRITE)
public class OfficerRegister {

  static final String ENTITY = "Officer";

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private SecurityLog securityLog;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private OfficerDirectory directory;
  @Inject private ReferenceLists references;
  @Inject private OfficerRecords records;
  @Inject private Event<OfficersChanged> changed;
  @Inject private Instance<EducationOwner> educationOwners;

  /** The record as the edit form starts from it. */
  public OfficerInput input(long officerId) {
    Officer officer = records.writable(officerId);
    return officer.toInput().withIdNumber(officer.getMaskedIdNumber());
  }

  public long create(OfficerInput input) {
    var parsed = parse(input, references.activeCodes());
    OrgUnit unit = records.unitInScope(parsed.unitCode());
    requireUnique(parsed.data(), null);
    var officer = new Officer(parsed.data(), unit);
    em.persist(officer);
    em.flush();
    changed.fire(OfficersChanged.of(officer.getId()));
    audit.record(ENTITY, officer.getId(), "CREATE", Changes.created(officer.auditSnapshot()));
    return officer.getId();
  }

  /** Saves an edit; history entries take effect on {@code effective}. */
  public void update(long officerId, OfficerInput input, LocalDate effective, long versionSeen) {
    Officer officer = records.writable(officerId);
    Versioned.requireCurrent(officer.getVersion(), versionSeen);
    // the form carries the mask unless HR revealed the number: an untouched mask keeps it
    OfficerInput typed =
        IdNumber.isMask(input.idNumber()) ? input.withIdNumber(officer.getIdNumber()) : input;
    var parsed =
        parse(typed, PersonnelLists.withCodesOf(references.activeCodes(), officer.toInput()));
    if (!officer.getPoliceNumber().equals(parsed.data().policeNumber().value())) {
      throw new InvalidInputException(
          List.of(FieldError.of("policeNumber", "personnel.field.policeNumberFixed")));
    }
    requireEducationKept(officer, parsed.data().education());
    HistoryStamp stamp = records.stamp(effective);
    requireUnique(parsed.data(), officer.getId());
    OrgUnit unit = records.unitInScope(parsed.unitCode());
    var before = officer.auditSnapshot();
    officer.update(parsed.data(), unit, stamp).forEach(em::persist);
    Versioned.flush(em);
    changed.fire(OfficersChanged.of(officerId));
    audit.record(ENTITY, officerId, "UPDATE", Changes.between(before, officer.auditSnapshot()));
  }

  /** Once the officer has education records, its level is theirs: the form may not change it. */
  private void requireEducationKept(Officer officer, Education typed) {
    if (typed != officer.getEducation()
        && !educationOwners.isUnsatisfied()
        && educationOwners
            .get()
            .followingRecords(List.of(officer.getId()))
            .contains(officer.getId())) {
      throw new InvalidInputException(
          List.of(FieldError.of("education", RosterCheck.EDUCATION_FOLLOWS_RECORDS)));
    }
  }

  /**
   * The officer's change log (变动记录), newest first, with the units and the recorders' names resolved
   * in two queries; readable by whoever may read the record.
   */
  @Guard
  public List<ChangeLogLine> changeLog(long officerId) {
    List<OfficerHistoryEntry> entries = history(officerId);
    Set<String> unitCodes = new HashSet<>();
    Set<String> recorders = new HashSet<>();
    for (OfficerHistoryEntry e : entries) {
      if (e.getAttribute() == OfficerHistoryEntry.Attribute.UNIT) {
        Stream.of(e.getOldValue(), e.getNewValue())
            .filter(Objects::nonNull)
            .forEach(unitCodes::add);
      }
      if (e.getRecordedBy() != null) {
        recorders.add(e.getRecordedBy());
      }
    }
    Map<String, UnitRow> units = new HashMap<>();
    if (!unitCodes.isEmpty()) {
      em.createQuery(UnitRow.SELECT + " WHERE u.code IN :codes", UnitRow.class)
          .setParameter("codes", unitCodes)
          .getResultList()
          .forEach(u -> units.put(u.code(), u));
    }
    Map<String, String> names = new HashMap<>();
    if (!recorders.isEmpty()) {
      em.createQuery(
              "SELECT o.policeNumber, o.name FROM Officer o WHERE o.policeNumber IN :numbers",
              Object[].class)
          .setParameter("numbers", recorders)
          .getResultList()
          .forEach(r -> names.put((String) r[0], (String) r[1]));
    }
    return entries.stream()
        .map(
            e -> {
              boolean moved = e.getAttribute() == OfficerHistoryEntry.Attribute.UNIT;
              return new ChangeLogLine(
                  e.getAttribute(),
                  e.getOldValue(),
                  e.getNewValue(),
                  moved ? units.get(e.getOldValue()) : null,
                  moved ? units.get(e.getNewValue()) : null,
                  e.getEffectiveDate(),
                  e.getRecordedBy(),
                  names.get(e.getRecordedBy()));
            })
        .toList();
  }

  /** The dated history of an officer, newest first; readable by whoever may read the record. */
  @Guard
  public List<OfficerHistoryEntry> history(long officerId) {
    directory.find(officerId);
    return em.createNamedQuery("OfficerHistoryEntry.findByOfficer", OfficerHistoryEntry.class)
        .setParameter("officerId", officerId)
        .getResultList();
  }

  private OfficerInputParser.Result parse(OfficerInput input, ReferenceCodes codes) {
    var result = new OfficerInputParser(codes, LocalDate.now(clock)).parse(input);
    if (!result.isValid()) {
      throw new InvalidInputException(result.errors());
    }
    return result;
  }

  /**
   * A police or ID number another record holds. Within the caller's scope it says so; beyond it,
   * only that the number is registered elsewhere (city HR can tell where), so a county's HR cannot
   * probe another county's register; such a probe is logged.
   */
  private void requireUnique(OfficerData data, Long exceptId) {
    var errors = new ArrayList<FieldError>();
    checkUnique(errors, "policeNumber", data.policeNumber().value(), exceptId);
    checkUnique(errors, "idNumber", data.idNumber().value(), exceptId);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private void checkUnique(List<FieldError> errors, String field, String value, Long exceptId) {
    List<String> holders =
        em.createQuery(
                "SELECT u.path FROM Officer o JOIN o.unit u WHERE o."
                    + field
                    + " = :v AND o.id <> :except",
                String.class)
            .setParameter("v", value)
            .setParameter("except", exceptId == null ? -1L : exceptId)
            .getResultList();
    if (holders.isEmpty()) {
      return;
    }
    if (holders.stream().allMatch(currentUser.scope()::covers)) {
      errors.add(
          field.equals("idNumber")
              ? FieldError.of("idNumber", "personnel.field.idNumberTaken")
              : FieldError.of("policeNumber", "personnel.field.policeNumberTaken", value));
      return;
    }
    securityLog.record(
        SecurityEventType.REGISTERED_ELSEWHERE,
        SecurityOutcome.DENIED,
        null,
        field + (field.equals("idNumber") ? "=" + IdNumber.masked(value) : "=" + value));
    errors.add(FieldError.of(field, "personnel.field.registeredElsewhere"));
  }
}
