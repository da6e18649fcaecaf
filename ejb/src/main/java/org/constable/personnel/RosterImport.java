package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.platform.OracleLimits;
import org.constable.reference.ReferenceCodes;
import org.constable.reference.ReferenceLists;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * HR imports a roster: officers created or updated by police number, all or nothing. Any bad row
 * rejects the whole roster with every error listed; the checks run as a few set-based queries, so
 * that thousands of rows take seconds.
 */
@Stateless
@Guard(Permissions.PERSONNEL_WRITE)
public class RosterImport {

  /** Oracle accepts at most 1,000 expressions in an IN list. */
  static final int IN_LIST_SIZE = OracleLimits.IN_LIST;

  private static final int BATCH_SIZE = 500;
  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private SecurityLog securityLog;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private ReferenceLists references;
  @Inject private Event<OfficersChanged> changed;

  /**
   * @param rows the roster's rows in file order
   * @throws RosterRejectedException when any row has any error; nothing is saved then
   */
  public ImportReport importRoster(List<RosterRow> rows) {
    DataScope scope = currentUser.scope();
    LocalDate today = LocalDate.now(clock);
    ReferenceCodes active = references.activeCodes();
    Map<String, ReferenceCodes> held = codesHeld(rows, active);
    var check =
        RosterCheck.of(
            rows,
            row ->
                new OfficerInputParser(held.getOrDefault(typedPoliceNumber(row), active), today));
    Map<String, OrgUnit> units = unitsByCode(check.unitCodes());
    check.requireUsableUnits(code -> isUsable(units.get(code), scope));
    Map<String, String> unitPaths = unitPathsByPoliceNumber(check.policeNumbers());
    Predicate<String> elsewhere =
        number -> unitPaths.containsKey(number) && !scope.covers(unitPaths.get(number));
    check.refuseOfficers(elsewhere);
    List<String> probed = check.policeNumbers().stream().filter(elsewhere).toList();
    if (!probed.isEmpty()) {
      securityLog.record(
          SecurityEventType.REGISTERED_ELSEWHERE,
          SecurityOutcome.DENIED,
          null,
          "roster; police numbers=" + probed);
    }
    check.requireOwnIdNumbers(holdersOf(check.idNumbers()));
    if (check.hasErrors()) {
      throw new RosterRejectedException(check.errors());
    }
    return save(check.valid(), today);
  }

  /**
   * For the rows of officers already on the register, the codes they may keep: the active ones plus
   * the retired codes their records hold.
   */
  private Map<String, ReferenceCodes> codesHeld(List<RosterRow> rows, ReferenceCodes active) {
    List<String> numbers = rows.stream().map(RosterImport::typedPoliceNumber).distinct().toList();
    Map<String, ReferenceCodes> held = new HashMap<>();
    for (List<String> chunk : OracleLimits.chunks(numbers, IN_LIST_SIZE)) {
      em.createQuery(
              "SELECT o.policeNumber, o.rankCode, o.gradeCode, o.lineCode, o.postCode"
                  + " FROM Officer o WHERE o.policeNumber IN :numbers",
              Object[].class)
          .setParameter("numbers", chunk)
          .getResultStream()
          .forEach(
              c ->
                  held.put(
                      (String) c[0],
                      PersonnelLists.withCodes(
                          active, (String) c[1], (String) c[2], (String) c[3], (String) c[4])));
    }
    return held;
  }

  private static String typedPoliceNumber(RosterRow row) {
    String typed = row.input().policeNumber();
    return typed == null ? "" : typed.strip();
  }

  private ImportReport save(List<RosterCheck.Valid> rows, LocalDate today) {
    var stamp = new HistoryStamp(today, LocalDateTime.now(clock), currentUser.policeNumberOrNull());
    int created = 0;
    int updated = 0;
    for (List<RosterCheck.Valid> batch : OracleLimits.chunks(rows, BATCH_SIZE)) {
      Map<String, Officer> existing =
          officersByPoliceNumber(batch.stream().map(r -> r.data().policeNumber().value()).toList());
      Map<String, OrgUnit> units =
          unitsByCode(batch.stream().map(RosterCheck.Valid::unitCode).distinct().toList());
      List<Officer> added = new ArrayList<>();
      List<Long> updatedIds = new ArrayList<>();
      for (RosterCheck.Valid row : batch) {
        OrgUnit unit = units.get(row.unitCode());
        Officer officer = existing.get(row.data().policeNumber().value());
        if (officer == null) {
          officer = new Officer(row.data(), unit);
          em.persist(officer);
          added.add(officer);
        } else {
          var before = officer.auditSnapshot();
          officer.update(row.data(), unit, stamp).forEach(em::persist);
          audit.record(
              OfficerRegister.ENTITY,
              officer.getId(),
              "IMPORT_UPDATE",
              Changes.between(before, officer.auditSnapshot()));
          updatedIds.add(officer.getId());
          updated++;
        }
      }
      em.flush(); // the new officers get their ids
      for (Officer officer : added) {
        audit.record(
            OfficerRegister.ENTITY,
            officer.getId(),
            "IMPORT_CREATE",
            Changes.created(officer.auditSnapshot()));
      }
      created += added.size();
      em.flush();
      if (!updatedIds.isEmpty()) {
        changed.fire(new OfficersChanged(updatedIds));
      }
      em.clear(); // keeps the persistence context at one batch
    }
    return new ImportReport(created, updated);
  }

  private static boolean isUsable(OrgUnit unit, DataScope scope) {
    return unit != null && !unit.isClosed() && scope.covers(unit.getPath());
  }

  private Map<String, OrgUnit> unitsByCode(Collection<String> codes) {
    Map<String, OrgUnit> found = new HashMap<>();
    for (List<String> chunk : OracleLimits.chunks(codes, IN_LIST_SIZE)) {
      em.createQuery("SELECT u FROM OrgUnit u WHERE u.code IN :codes", OrgUnit.class)
          .setParameter("codes", chunk)
          .getResultStream()
          .forEach(unit -> found.put(unit.getCode(), unit));
    }
    return found;
  }

  private Map<String, String> unitPathsByPoliceNumber(Collection<String> policeNumbers) {
    return pairs(
        "SELECT o.policeNumber, u.path FROM Officer o JOIN o.unit u WHERE o.policeNumber IN :keys",
        policeNumbers);
  }

  /** The police number of the officer that holds each of the ID numbers already. */
  private Map<String, String> holdersOf(Collection<String> idNumbers) {
    return pairs(
        "SELECT o.idNumber, o.policeNumber FROM Officer o WHERE o.idNumber IN :keys", idNumbers);
  }

  private Map<String, String> pairs(String jpql, Collection<String> keys) {
    Map<String, String> found = new HashMap<>();
    for (List<String> chunk : OracleLimits.chunks(keys, IN_LIST_SIZE)) {
      em.createQuery(jpql, Object[].class)
          .setParameter("keys", chunk)
          .getResultStream()
          .forEach(pair -> found.put((String) pair[0], (String) pair[1]));
    }
    return found;
  }

  private Map<String, Officer> officersByPoliceNumber(Collection<String> policeNumbers) {
    Map<String, Officer> found = new HashMap<>();
    for (List<String> chunk : OracleLimits.chunks(policeNumbers, IN_LIST_SIZE)) {
      em.createQuery(
              "SELECT o FROM Officer o JOIN FETCH o.unit WHERE o.policeNumber IN :numbers",
              Officer.class)
          .setParameter("numbers", chunk)
          .getResultStream()
          .forEach(officer -> found.put(officer.getPoliceNumber(), officer));
    }
    return found;
  }
}
