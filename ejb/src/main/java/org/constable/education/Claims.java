package org.constable.education;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.notification.Notifications;
import org.constable.personnel.Officer;
import org.constable.personnel.OrgUnit;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Role;

/**
 * Tuition reimbursement claims: the officer files one for an ended enrolment with its receipt; the
 * rule's share is computed and kept with the facts it rested on (age, grade and education on the
 * enrolment's start date); HR of the officer's scope approves, rejects with a reason or overrides
 * with a justification, then closes it as paid by a unit's operating budget. Every step audited.
 */
@Stateless
@Guard
public class Claims {

  static final String ENTITY = "TuitionClaim";

  /** The largest receipt accepted: a phone photo or a scanned page. */
  public static final long MAX_RECEIPT_BYTES = 5L * 1024 * 1024;

  static final String LINK_DESK = "/education/claims.xhtml";
  static final String LINK_MINE = "/education/mine.xhtml";

  @PersistenceContext private EntityManager em;
  @Inject private EducationAccess access;
  @Inject private EducationPolicy policy;
  @Inject private OfficerOnDay onDay;
  @Inject private AuditTrail audit;
  @Inject private Notifications notifications;
  @Inject private ClaimQueries queries;
  @Inject private Clock clock;

  /** What a claim for the enrolment would give, before the officer files it. */
  public ReimbursementResult preview(long enrolmentId) {
    UpgradeEnrolment enrolment = enrolment(enrolmentId);
    access.actingFor(enrolment.getOfficer().getId());
    requireEnded(enrolment);
    return policy.reimbursement().apply(facts(enrolment));
  }

  /**
   * @param receipt through {@link Attachment#checked}
   */
  public long file(long enrolmentId, Attachment receipt) {
    UpgradeEnrolment enrolment = enrolment(enrolmentId);
    Officer officer = access.actingFor(enrolment.getOfficer().getId());
    requireEnded(enrolment);
    if (receipt == null) {
      throw new BusinessException("education.claim.receiptRequired");
    }
    if (queries.standing(enrolmentId) > 0) {
      throw new BusinessException("education.claim.alreadyFiled");
    }
    ReimbursementCase facts = facts(enrolment);
    ReimbursementResult result = policy.reimbursement().apply(facts);
    var claim =
        new TuitionClaim(
            enrolment, facts, result, receipt, LocalDateTime.now(clock), access.policeNumber());
    claim.gradeOnStart(onDay.grade(officer, enrolment.getStartedOn()));
    em.persist(claim);
    Versioned.flush(em);
    audit.record(ENTITY, claim.getId(), "FILE", Changes.created(claim.snapshot()));
    notifications.tellRoleCovering(
        Role.HR,
        officer.getUnit().getPath(),
        "education.notice.filed",
        List.of(officer.getName(), officer.getPoliceNumber()),
        LINK_DESK);
    return claim.getId();
  }

  @Guard(Permissions.EDUCATION_MANAGE)
  public void approve(long claimId, long versionSeen) {
    decide(claimId, versionSeen, "APPROVE", c -> c.approve(now(), access.policeNumber()));
  }

  @Guard(Permissions.EDUCATION_MANAGE)
  public void reject(long claimId, String reason, long versionSeen) {
    String why = InputChecks.reason(reason, "education.claim.reasonRequired");
    decide(claimId, versionSeen, "REJECT", c -> c.reject(why, now(), access.policeNumber()));
  }

  /** Another share than the rule's (0% to 100%), with the written justification. */
  @Guard(Permissions.EDUCATION_MANAGE)
  public void override(long claimId, BigDecimal percent, String justification, long versionSeen) {
    String why = InputChecks.reason(justification, "education.claim.justificationRequired");
    decide(
        claimId,
        versionSeen,
        "OVERRIDE",
        c -> c.override(percent, why, now(), access.policeNumber()));
  }

  /**
   * Closes an approved claim as paid: an amount up to the approved one, by a unit of the caller's
   * scope (the officer's unit's operating budget, by default).
   */
  @Guard(Permissions.EDUCATION_MANAGE)
  public void pay(
      long claimId, BigDecimal amount, LocalDate paidOn, String unitCode, long versionSeen) {
    OrgUnit unit = payingUnit(unitCode);
    LocalDate day = paidOn == null ? LocalDate.now(clock) : paidOn;
    if (day.isAfter(LocalDate.now(clock))) {
      throw new BusinessException("education.claim.paidInFuture");
    }
    decide(
        claimId,
        versionSeen,
        "PAY",
        c -> {
          if (amount == null
              || amount.signum() <= 0
              || amount.stripTrailingZeros().scale() > 2
              || amount.compareTo(c.getApprovedAmount()) > 0) {
            throw new BusinessException("education.claim.badPaidAmount", c.getApprovedAmount());
          }
          c.pay(Percent.yuan(amount), day, unit);
        });
  }

  /** The caller's own claims, newest first. */
  @Guard(Permissions.EDUCATION_CLAIM)
  public List<ClaimRow> mine() {
    return queries.ofOfficer(access.me());
  }

  public List<ClaimRow> ofOfficer(long officerId) {
    access.readable(officerId);
    return queries.ofOfficer(officerId);
  }

  /** The same, for an officer named by its police number. */
  public List<ClaimRow> ofPoliceNumber(String policeNumber) {
    return ofOfficer(access.idOf(policeNumber));
  }

  public ClaimRow claim(long claimId) {
    TuitionClaim claim = find(claimId);
    access.readable(claim.getOfficer().getId());
    return claim.row();
  }

  @Guard(Permissions.EDUCATION_MANAGE)
  public List<ClaimRow> desk(ClaimState state, int first, int pageSize) {
    return queries.desk(state, access.scopePattern(), first, pageSize);
  }

  @Guard(Permissions.EDUCATION_MANAGE)
  public long count(ClaimState state) {
    return queries.count(state, access.scopePattern());
  }

  /** The receipt, for the officer itself and those who may read its record. */
  public Attachment receipt(long claimId) {
    TuitionClaim claim = find(claimId);
    access.readable(claim.getOfficer().getId());
    return claim.receipt();
  }

  private void decide(
      long claimId,
      long versionSeen,
      String action,
      java.util.function.Consumer<TuitionClaim> step) {
    TuitionClaim claim = find(claimId);
    access.managed(claim.getOfficer().getId());
    Versioned.requireCurrent(claim.getVersion(), versionSeen);
    Map<String, Object> before = claim.snapshot();
    step.accept(claim);
    Versioned.flush(em);
    audit.record(ENTITY, claimId, action, Changes.between(before, claim.snapshot()));
    notifications.tellOfficer(
        claim.getOfficer().getId(),
        "education.notice.claim." + claim.getState().name(),
        List.of(),
        LINK_MINE);
  }

  private ReimbursementCase facts(UpgradeEnrolment enrolment) {
    Officer officer = enrolment.getOfficer();
    LocalDate start = enrolment.getStartedOn();
    return new ReimbursementCase(
        enrolment.getProgramme(),
        enrolment.getOutcome(),
        officer.getBirthDate(),
        start,
        policy.gradeOrder(onDay.grade(officer, start)),
        onDay.education(officer, start),
        enrolment.getTuition());
  }

  private static void requireEnded(UpgradeEnrolment enrolment) {
    if (enrolment.getOutcome() == null) {
      throw new BusinessException("education.claim.notEnded");
    }
  }

  private OrgUnit payingUnit(String code) {
    OrgUnit unit =
        em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :c", OrgUnit.class)
            .setParameter("c", code == null ? "" : code.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("education.claim.payingUnitRequired"));
    access.requireCovers(unit.getPath());
    return unit;
  }

  private UpgradeEnrolment enrolment(long id) {
    UpgradeEnrolment enrolment = em.find(UpgradeEnrolment.class, id);
    if (enrolment == null) {
      throw new NotFoundException(Upgrades.ENTITY, id);
    }
    return enrolment;
  }

  private TuitionClaim find(long id) {
    TuitionClaim claim = em.find(TuitionClaim.class, id);
    if (claim == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return claim;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
