package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.notification.Notifications;
import org.constable.personnel.Officer;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.platform.NativeSql;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Training done elsewhere (provincial courses, online courses): an officer records its own, or HR
 * records it for an officer of its scope, with a proof; HR of the officer's scope approves it, and
 * only then do its days credit the quota of the year it ended in, or rejects it with a reason.
 */
@Stateless
@Guard
public class ExternalTrainings {

  static final String ENTITY = "TrainingExternal";

  /** The largest proof accepted: a phone photo or a scanned page. */
  public static final long MAX_PROOF_BYTES = 5L * 1024 * 1024;

  private static final int LONGEST_REASON = 500;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private TrainingAccess access;
  @Inject private TrainingLedger ledger;
  @Inject private AuditTrail audit;
  @Inject private Notifications notifications;
  @Inject private Clock clock;

  /** Records it as pending; the proof has been through {@link Attachment#checked}. */
  public long submit(long officerId, ExternalInput input, Attachment proof) {
    Officer officer = recordableFor(officerId);
    input.check(LocalDate.now(clock));
    if (proof == null) {
      throw new BusinessException("training.external.proofRequired");
    }
    var record =
        new ExternalTraining(
            officer, input, proof, LocalDateTime.now(clock), currentUser.policeNumberOrNull());
    em.persist(record);
    em.flush();
    audit.record(ENTITY, record.getId(), "SUBMIT", Changes.created(snapshot(record)));
    notifications.tellRoleCovering(
        org.constable.security.Role.HR,
        officer.getUnit().getPath(),
        "training.external.submittedNotice",
        List.of(officer.getName(), record.getTitle()),
        "/training/elsewhere-review.xhtml");
    return record.getId();
  }

  /** HR records it for an officer of its scope, named by police number (the picker's value). */
  @Guard(Permissions.TRAINING_MANAGE)
  public long submitFor(String policeNumber, ExternalInput input, Attachment proof) {
    Officer officer =
        em.createQuery("SELECT o FROM Officer o WHERE o.policeNumber = :n", Officer.class)
            .setParameter("n", policeNumber == null ? "" : policeNumber.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("training.external.officerRequired"));
    return submit(access.officerInScope(officer.getId()).getId(), input, proof);
  }

  @Guard(Permissions.TRAINING_MANAGE)
  public void approve(long id, long versionSeen) {
    ExternalTraining record = pending(id, versionSeen);
    if (record.getOfficer().getId() == currentUser.require().officerId()) {
      // no one credits its own quota: another HR of the scope approves it
      throw new BusinessException("training.external.ownRecord");
    }
    record.decide(ExternalStatus.APPROVED, null, LocalDateTime.now(clock), me());
    ledger.credit(record.getOfficer().getId(), record.getEndDate().getYear(), record.getHalfDays());
    Versioned.flush(em);
    audit.record(
        ENTITY, id, "APPROVE", Changes.between(Map.of("status", "PENDING"), snapshot(record)));
    notifications.tellOfficer(
        record.getOfficer().getId(),
        "training.external.approvedNotice",
        List.of(record.getTitle(), HalfDays.format(record.getHalfDays())),
        "/training/elsewhere.xhtml");
  }

  @Guard(Permissions.TRAINING_MANAGE)
  public void reject(long id, String reason, long versionSeen) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("training.external.reasonRequired");
    }
    if (reason.strip().length() > LONGEST_REASON) {
      throw new BusinessException("training.external.reasonTooLong", LONGEST_REASON);
    }
    ExternalTraining record = pending(id, versionSeen);
    record.decide(ExternalStatus.REJECTED, reason.strip(), LocalDateTime.now(clock), me());
    Versioned.flush(em);
    audit.record(
        ENTITY, id, "REJECT", Changes.between(Map.of("status", "PENDING"), snapshot(record)));
    notifications.tellOfficer(
        record.getOfficer().getId(),
        "training.external.rejectedNotice",
        List.of(record.getTitle(), record.getDecisionReason()),
        "/training/elsewhere.xhtml");
  }

  /** The records of one officer, newest first: its own, or one HR or a leader may read. */
  public List<ExternalRow> of(long officerId) {
    access.readableOfficer(officerId);
    return rows("x.officer_id = ?1", officerId, 0, 500);
  }

  /** What HR of the caller's scope has to decide, oldest first. */
  @Guard(Permissions.TRAINING_MANAGE)
  public List<ExternalRow> pending(int first, int pageSize) {
    return rows(
        "x.status = 'PENDING' AND u.path LIKE ?1",
        currentUser.scope().pathPattern(),
        first,
        pageSize);
  }

  @Guard(Permissions.TRAINING_MANAGE)
  public long pendingCount() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM training_external x JOIN officer o ON o.id = x.officer_id"
                        + " JOIN org_unit u ON u.id = o.unit_id"
                        + " WHERE x.status = 'PENDING' AND u.path LIKE ?1")
                .setParameter(1, currentUser.scope().pathPattern())
                .getSingleResult())
        .longValue();
  }

  /** The proof, for the officer itself and for those who may read its record. */
  public Attachment proof(long id) {
    ExternalTraining record = find(id);
    access.readableOfficer(record.getOfficer().getId());
    return record.getProof();
  }

  private ExternalTraining pending(long id, long versionSeen) {
    ExternalTraining record = find(id);
    access.officerInScope(record.getOfficer().getId());
    Versioned.requireCurrent(record.getVersion(), versionSeen);
    if (record.getStatus() != ExternalStatus.PENDING) {
      throw new BusinessException("training.external.decided");
    }
    return record;
  }

  private ExternalTraining find(long id) {
    ExternalTraining record = em.find(ExternalTraining.class, id);
    if (record == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return record;
  }

  /** The officer itself, or HR (training:manage) for an officer of its scope. */
  private Officer recordableFor(long officerId) {
    AccountPrincipal me = currentUser.require();
    if (officerId == me.officerId() && me.can(Permissions.SELF_READ)) {
      return em.find(Officer.class, officerId);
    }
    if (!me.can(Permissions.TRAINING_MANAGE)) {
      throw new AccessDeniedException();
    }
    return access.officerInScope(officerId);
  }

  private String me() {
    return currentUser.policeNumberOrNull();
  }

  private List<ExternalRow> rows(String condition, Object value, int first, int pageSize) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT x.id, o.id, o.police_number, o.name, u.label_zh name_zh, u.label_en name_en, x.kind,"
                    + " x.title, x.provider, x.start_date, x.end_date, x.half_days, x.proof_name,"
                    + " x.status, x.decision_reason, x.submitted_at, s.name, x.decided_at, d.name,"
                    + " x.version FROM training_external x JOIN officer o ON o.id = x.officer_id"
                    + " JOIN org_unit u ON u.id = o.unit_id"
                    + " LEFT JOIN officer s ON s.police_number = x.submitted_by"
                    + " LEFT JOIN officer d ON d.police_number = x.decided_by WHERE "
                    + condition
                    + " ORDER BY x.submitted_at "
                    + (condition.contains("PENDING") ? "ASC" : "DESC")
                    + ", x.id OFFSET "
                    + Math.max(0, first)
                    + " ROWS FETCH NEXT "
                    + Math.max(1, Math.min(pageSize, 500))
                    + " ROWS ONLY")
            .setParameter(1, value)
            .getResultList();
    return rows.stream().map(ExternalTrainings::row).toList();
  }

  private static ExternalRow row(Object[] r) {
    return new ExternalRow(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        ExternalKind.valueOf((String) r[6]),
        (String) r[7],
        (String) r[8],
        NativeSql.date(r[9]),
        NativeSql.date(r[10]),
        ((Number) r[11]).intValue(),
        (String) r[12],
        ExternalStatus.valueOf((String) r[13]),
        (String) r[14],
        NativeSql.dateTime(r[15]),
        (String) r[16],
        NativeSql.dateTime(r[17]),
        (String) r[18],
        ((Number) r[19]).longValue());
  }

  private static Map<String, Object> snapshot(ExternalTraining record) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("officer", record.getOfficer().getPoliceNumber());
    values.put("kind", record.getKind());
    values.put("title", record.getTitle());
    values.put("provider", record.getProvider());
    values.put("startDate", record.getStartDate());
    values.put("endDate", record.getEndDate());
    values.put("halfDays", record.getHalfDays());
    values.put("proof", record.getProofName());
    values.put("status", record.getStatus());
    if (record.getDecisionReason() != null) {
      values.put("reason", record.getDecisionReason());
    }
    return values;
  }
}
