package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Permissions;

/**
 * HR creates and edits officers' records within its scope. Unit, post, grade, rank, line and status
 * changes become dated history; every change is audited.
 */
@Stateless
public class OfficerRegister {

  static final String ENTITY = "Officer";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private OfficerDirectory directory;

  /** The record as the edit form starts from it. */
  public OfficerInput input(long officerId) {
    Officer officer = writable(officerId);
    return officer.toInput();
  }

  public long create(OfficerInput input) {
    var scope = currentUser.scopeFor(Permissions.PERSONNEL_WRITE);
    var parsed = parse(input);
    OrgUnit unit = unitInScope(parsed.unitCode(), scope);
    requireUnique(parsed.data(), null);
    var officer = new Officer(parsed.data(), unit);
    em.persist(officer);
    em.flush();
    audit.record(ENTITY, officer.getId(), "CREATE", Changes.created(officer.auditSnapshot()));
    return officer.getId();
  }

  /** Saves an edit; history entries take effect on {@code effective}. */
  public void update(long officerId, OfficerInput input, LocalDate effective, long versionSeen) {
    var scope = currentUser.scopeFor(Permissions.PERSONNEL_WRITE);
    Officer officer = writable(officerId);
    Versioned.requireCurrent(officer.getVersion(), versionSeen);
    var parsed = parse(input, referenceCodes().including(officer.toInput()));
    if (!officer.getPoliceNumber().equals(parsed.data().policeNumber().value())) {
      throw new InvalidInputException(
          List.of(FieldError.of("policeNumber", "personnel.field.policeNumberFixed")));
    }
    if (effective == null || effective.isAfter(LocalDate.now(clock).plusYears(1))) {
      throw new InvalidInputException(
          List.of(FieldError.of("effectiveDate", "personnel.field.effectiveDate")));
    }
    requireUnique(parsed.data(), officer.getId());
    OrgUnit unit = unitInScope(parsed.unitCode(), scope);
    var before = officer.auditSnapshot();
    officer
        .update(
            parsed.data(),
            unit,
            effective,
            LocalDateTime.now(clock),
            currentUser.policeNumberOrNull())
        .forEach(em::persist);
    Versioned.flush(em);
    audit.record(ENTITY, officerId, "UPDATE", Changes.between(before, officer.auditSnapshot()));
  }

  /** The dated history of an officer, newest first; readable by whoever may read the record. */
  public List<OfficerHistoryEntry> history(long officerId) {
    directory.find(officerId);
    return em.createNamedQuery("OfficerHistoryEntry.findByOfficer", OfficerHistoryEntry.class)
        .setParameter("officerId", officerId)
        .getResultList();
  }

  /** The codes each reference list accepts now. */
  public ReferenceCodes referenceCodes() {
    Map<String, Set<String>> byList = new HashMap<>();
    em.createNamedQuery("ReferenceItem.findActive", ReferenceItem.class)
        .setParameter("active", true)
        .getResultStream()
        .forEach(
            r -> byList.computeIfAbsent(r.getListCode(), k -> new HashSet<>()).add(r.getCode()));
    return ReferenceCodes.of(byList);
  }

  OfficerInputParser.Result parse(OfficerInput input) {
    return parse(input, referenceCodes());
  }

  private OfficerInputParser.Result parse(OfficerInput input, ReferenceCodes codes) {
    var result = new OfficerInputParser(codes, LocalDate.now(clock)).parse(input);
    if (!result.isValid()) {
      throw new InvalidInputException(result.errors());
    }
    return result;
  }

  private Officer writable(long officerId) {
    var scope = currentUser.scopeFor(Permissions.PERSONNEL_WRITE);
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException(ENTITY, officerId);
    }
    scope.requireCovers(officer.getUnit());
    return officer;
  }

  private OrgUnit unitInScope(String code, DataScope scope) {
    OrgUnit unit =
        em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (unit == null || unit.isClosed() || !scope.covers(unit)) {
      // a unit outside the scope is reported as unknown: its existence is not the caller's business
      throw new InvalidInputException(
          List.of(FieldError.of("unitCode", "personnel.field.unknownUnit", code)));
    }
    return unit;
  }

  private void requireUnique(OfficerData data, Long exceptId) {
    var errors = new ArrayList<FieldError>();
    if (exists("o.policeNumber = :v", data.policeNumber().value(), exceptId)) {
      errors.add(
          FieldError.of(
              "policeNumber", "personnel.field.policeNumberTaken", data.policeNumber().value()));
    }
    if (exists("o.idNumber = :v", data.idNumber().value(), exceptId)) {
      errors.add(FieldError.of("idNumber", "personnel.field.idNumberTaken"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private boolean exists(String condition, String value, Long exceptId) {
    return em.createQuery(
                "SELECT COUNT(o) FROM Officer o WHERE " + condition + " AND o.id <> :except",
                Long.class)
            .setParameter("v", value)
            .setParameter("except", exceptId == null ? -1L : exceptId)
            .getSingleResult()
        > 0;
  }
}
