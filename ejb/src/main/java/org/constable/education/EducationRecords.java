package org.constable.education;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerChanges;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Officers' education records, kept by HR of the officer's scope. The register's highest education
 * follows them: after every change the highest completed level is set through {@link
 * OfficerChanges}, dated by its graduation.
 */
@Stateless
@Guard
public class EducationRecords {

  static final String ENTITY = "EducationRecord";

  @PersistenceContext private EntityManager em;
  @Inject private EducationAccess access;
  @Inject private AuditTrail audit;
  @Inject private OfficerChanges changes;
  @Inject private Clock clock;

  @Guard(Permissions.EDUCATION_MANAGE)
  public long add(long officerId, RecordInput input) {
    Officer officer = access.managed(officerId);
    RecordInput checked = input.check(LocalDate.now(clock));
    var record =
        new EducationRecord(officer, checked, LocalDateTime.now(clock), access.policeNumber());
    em.persist(record);
    Versioned.flush(em);
    audit.record(ENTITY, record.getId(), "CREATE", Changes.created(record.snapshot()));
    follow(officer);
    return record.getId();
  }

  @Guard(Permissions.EDUCATION_MANAGE)
  public void remove(long recordId, long versionSeen) {
    EducationRecord record = em.find(EducationRecord.class, recordId);
    if (record == null) {
      throw new NotFoundException(ENTITY, recordId);
    }
    Officer officer = access.managed(record.getOfficer().getId());
    Versioned.requireCurrent(record.getVersion(), versionSeen);
    audit.record(
        ENTITY, recordId, "DELETE", Changes.between(record.snapshot(), java.util.Map.of()));
    em.remove(record);
    Versioned.flush(em);
    follow(officer);
  }

  /** The officer's records, latest first: its own, or one HR may read. */
  public List<RecordRow> of(long officerId) {
    access.readable(officerId);
    return em.createQuery(
            "SELECT r FROM EducationRecord r WHERE r.officer.id = :o ORDER BY r.graduatedOn DESC",
            EducationRecord.class)
        .setParameter("o", officerId)
        .getResultStream()
        .map(EducationRecord::row)
        .toList();
  }

  private void follow(Officer officer) {
    List<EducationRecord> records =
        em.createQuery(
                "SELECT r FROM EducationRecord r WHERE r.officer = :o ORDER BY r.graduatedOn",
                EducationRecord.class)
            .setParameter("o", officer)
            .getResultList();
    HighestEducation.on(
            records.stream().map(EducationRecord::completed).toList(), LocalDate.now(clock))
        .ifPresent(
            level ->
                changes.recordEducation(
                    officer.getId(),
                    level,
                    records.stream()
                        .map(EducationRecord::completed)
                        .filter(c -> c.level() == level)
                        .map(HighestEducation.Completed::graduatedOn)
                        .min(LocalDate::compareTo)
                        .orElse(LocalDate.now(clock))));
  }
}
