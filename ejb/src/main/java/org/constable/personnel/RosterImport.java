package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.platform.OracleLimits;
import org.constable.platform.Progress;
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
  @Inject private Instance<EducationOwner> educationOwners;

  /** Phases of {@link Progress}: message keys. */
  public static final String CHECKING = "roster.progress.checking";

  public static final String SAVING = "roster.progress.saving";

  /**
   * Checks a roster and tells what it would do, saving nothing.
   *
   * @throws RosterRejectedException when any row has any error
   */
  public RosterPreview preview(List<RosterRow> rows, Progress progress) {
    List<RosterCheck.Valid> valid = check(rows, progress);
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    List<RosterPreview.RowChange> changes = new ArrayList<>();
    Set<String> unitCodes = new HashSet<>();
    for (List<RosterCheck.Valid> batch : OracleLimits.chunks(valid, BATCH_SIZE)) {
      Map<String, OfficerInput> existing =
          recordsByPoliceNumber(batch.stream().map(r -> r.data().policeNumber().value()).toList());
      for (RosterCheck.Valid row : batch) {
        OfficerInput before = existing.get(row.data().policeNumber().value());
        if (before == null) {
          created++;
          continue;
        }
        List<RosterPreview.FieldChange> fields =
            changedFields(before, row.data().toInput(row.unitCode()));
        if (fields.isEmpty()) {
          unchanged++;
          continue;
        }
        updated++;
        if (changes.size() < RosterPreview.SHOWN) {
          changes.add(
              new RosterPreview.RowChange(
                  row.rowNumber(), before.policeNumber(), row.data().name(), fields));
          fields.stream()
              .filter(f -> f.field().equals("unitCode"))
              .forEach(f -> unitCodes.addAll(List.of(f.before(), f.after())));
        }
      }
      em.clear();
    }
    return new RosterPreview(created, updated, unchanged, changes, unitRows(unitCodes));
  }

  /**
   * Saves a roster: officers created or updated by police number, after the same checks as {@link
   * #preview}, run again on the register as it is now.
   *
   * @param rows the roster's rows in file order
   * @throws RosterRejectedException when any row has any error; nothing is saved then
   */
  public ImportReport importRoster(List<RosterRow> rows, Progress progress) {
    List<RosterCheck.Valid> valid = check(rows, progress);
    progress.start(SAVING, valid.size());
    return save(valid, LocalDate.now(clock), progress);
  }

  public ImportReport importRoster(List<RosterRow> rows) {
    return importRoster(rows, Progress.NONE);
  }

  private List<RosterCheck.Valid> check(List<RosterRow> typed, Progress progress) {
    progress.start(CHECKING, typed.size());
    DataScope scope = currentUser.scope();
    LocalDate today = LocalDate.now(clock);
    List<RosterRow> rows = unmasked(typed);
    ReferenceCodes active = references.activeCodes();
    Map<String, Held> held = held(rows, active);
    var check =
        RosterCheck.of(
            rows,
            row -> {
              Held record = held.get(typedPoliceNumber(row));
              return new OfficerInputParser(record == null ? active : record.codes(), today);
            },
            progress);
    check.keepEducation(educationFollowingRecords(held));
    check.resolveUnits(
        new RosterUnits(em, unit -> isUsable(unit, scope)).resolve(check.unitCodes()));
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
    return check.valid();
  }

  /**
   * An export writes ID numbers masked; re-imported, a mask stands for the number the officer's
   * record holds, as in the edit form. A mask of anyone else stays, and fails as a bad number.
   */
  private List<RosterRow> unmasked(List<RosterRow> rows) {
    List<String> masked =
        rows.stream()
            .filter(r -> IdNumber.isMask(r.input().idNumber()))
            .map(RosterImport::typedPoliceNumber)
            .toList();
    if (masked.isEmpty()) {
      return rows;
    }
    Map<String, String> held =
        pairs(
            "SELECT o.policeNumber, o.idNumber FROM Officer o WHERE o.policeNumber IN :keys",
            masked);
    return rows.stream()
        .map(
            row -> {
              String number = held.get(typedPoliceNumber(row));
              String typedId = row.input().idNumber();
              return number != null
                      && IdNumber.isMask(typedId)
                      && IdNumber.masked(number).equals(typedId.strip())
                  ? new RosterRow(row.rowNumber(), row.input().withIdNumber(number))
                  : row;
            })
        .toList();
  }

  private static List<RosterPreview.FieldChange> changedFields(
      OfficerInput before, OfficerInput after) {
    List<RosterPreview.FieldChange> changes = new ArrayList<>();
    for (String field : OfficerInputParser.COLUMNS) {
      String was = before.get(field);
      String is = after.get(field);
      if (!java.util.Objects.equals(blankToNull(was), blankToNull(is))) {
        boolean secret = field.equals("idNumber");
        changes.add(
            new RosterPreview.FieldChange(
                field,
                secret && was != null ? IdNumber.masked(was) : was,
                secret && is != null ? IdNumber.masked(is) : is));
      }
    }
    return changes;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private Map<String, OfficerInput> recordsByPoliceNumber(Collection<String> policeNumbers) {
    Map<String, OfficerInput> records = new HashMap<>();
    officersByPoliceNumber(policeNumbers).forEach((number, o) -> records.put(number, o.toInput()));
    return records;
  }

  private Map<String, UnitRow> unitRows(Collection<String> codes) {
    Map<String, UnitRow> rows = new HashMap<>();
    for (List<String> chunk : OracleLimits.chunks(codes, IN_LIST_SIZE)) {
      em.createQuery(UnitRow.SELECT + " WHERE u.code IN :codes", UnitRow.class)
          .setParameter("codes", chunk)
          .getResultStream()
          .forEach(unit -> rows.put(unit.code(), unit));
    }
    return rows;
  }

  /** An officer already on the register, as the checks need it. */
  private record Held(long id, Education education, ReferenceCodes codes) {}

  /**
   * The officers of the rows already on the register, by police number, each with the codes it may
   * keep: the active ones plus the retired codes its record holds.
   */
  private Map<String, Held> held(List<RosterRow> rows, ReferenceCodes active) {
    List<String> numbers = rows.stream().map(RosterImport::typedPoliceNumber).distinct().toList();
    Map<String, Held> held = new HashMap<>();
    for (List<String> chunk : OracleLimits.chunks(numbers, IN_LIST_SIZE)) {
      em.createQuery(
              "SELECT o.policeNumber, o.id, o.education, o.rankCode, o.gradeCode, o.lineCode,"
                  + " o.postCode FROM Officer o WHERE o.policeNumber IN :numbers",
              Object[].class)
          .setParameter("numbers", chunk)
          .getResultStream()
          .forEach(
              c ->
                  held.put(
                      (String) c[0],
                      new Held(
                          (Long) c[1],
                          (Education) c[2],
                          PersonnelLists.withCodes(
                              active,
                              (String) c[3],
                              (String) c[4],
                              (String) c[5],
                              (String) c[6]))));
    }
    return held;
  }

  /** The level each officer whose education follows its education records holds. */
  private Map<String, Education> educationFollowingRecords(Map<String, Held> held) {
    if (held.isEmpty() || educationOwners.isUnsatisfied()) {
      return Map.of();
    }
    Set<Long> following =
        educationOwners.get().followingRecords(held.values().stream().map(Held::id).toList());
    Map<String, Education> levels = new HashMap<>();
    held.forEach(
        (number, record) -> {
          if (following.contains(record.id())) {
            levels.put(number, record.education());
          }
        });
    return levels;
  }

  private static String typedPoliceNumber(RosterRow row) {
    String typed = row.input().policeNumber();
    return typed == null ? "" : typed.strip();
  }

  private ImportReport save(List<RosterCheck.Valid> rows, LocalDate today, Progress progress) {
    var stamp = new HistoryStamp(today, LocalDateTime.now(clock), currentUser.policeNumberOrNull());
    int created = 0;
    int updated = 0;
    for (List<RosterCheck.Valid> batch : OracleLimits.chunks(rows, BATCH_SIZE)) {
      Map<String, Officer> existing =
          officersByPoliceNumber(batch.stream().map(r -> r.data().policeNumber().value()).toList());
      Map<String, OrgUnit> units =
          unitsByCode(batch.stream().map(RosterCheck.Valid::unitCode).distinct().toList());
      List<Officer> added = new ArrayList<>();
      List<Long> changedIds = new ArrayList<>();
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
          var changes = Changes.between(before, officer.auditSnapshot());
          if (!changes.isEmpty()) {
            audit.record(OfficerRegister.ENTITY, officer.getId(), "IMPORT_UPDATE", changes);
            changedIds.add(officer.getId());
            updated++;
          }
        }
      }
      progress.advance(batch.size());
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
      added.forEach(officer -> changedIds.add(officer.getId()));
      if (!changedIds.isEmpty()) {
        changed.fire(new OfficersChanged(changedIds));
      }
      em.clear(); // keeps the persistence context at one batch
    }
    return new ImportReport(created, updated);
  }

  private static boolean isUsable(OrgUnit unit, DataScope scope) {
    return unit != null && !unit.isClosed() && scope.covers(unit.getPath());
  }

  Map<String, OrgUnit> unitsByCode(Collection<String> codes) {
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
