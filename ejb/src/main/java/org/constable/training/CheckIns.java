package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Officer;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.policy.PolicyService;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * 扫码签到: the trainer's screen shows a code that changes every minute; an enrolled officer who scans
 * it while it is valid is checked in as itself for that day. The roll confirms it.
 */
@Stateless
@Guard
public class CheckIns {

  public static final String VALID_SECONDS = "training.checkIn.validSeconds";
  private static final String SECRET = "training-check-in-secret";

  @PersistenceContext private EntityManager em;
  @Inject private TrainingAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private PolicyService policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** A fresh code for a session running today, for its instructors and HR. */
  @Guard({Permissions.TRAINING_TEACH, Permissions.TRAINING_MANAGE})
  public CheckInCode code(long sessionId) {
    TrainingSession session = access.forRoll(sessionId);
    if (!session.includes(LocalDate.now(clock))) {
      throw new BusinessException("training.checkIn.notToday");
    }
    Instant now = clock.instant();
    return new CheckInCode(
        token().issue(sessionId, now), now.plusSeconds(policy.intValue(VALID_SECONDS)));
  }

  /** Checks the caller in, if the code is valid now and the caller is enrolled in its session. */
  public CheckInReceipt checkIn(String code) {
    AccountPrincipal me = currentUser.require();
    CheckInToken.Valid valid;
    try {
      valid = token().verify(code, clock.instant(), policy.intValue(VALID_SECONDS));
    } catch (CheckInToken.RefusedException e) {
      throw new BusinessException(
          e.refusal() == CheckInToken.Refusal.EXPIRED
              ? "training.checkIn.expired"
              : "training.checkIn.invalid");
    }
    TrainingSession session = em.find(TrainingSession.class, valid.sessionId());
    if (session == null) {
      throw new NotFoundException(TrainingAccess.SESSION, valid.sessionId());
    }
    LocalDate day = LocalDateTime.ofInstant(valid.issuedAt(), zone()).toLocalDate();
    Officer officer = em.find(Officer.class, me.officerId());
    boolean enrolled =
        !em.createQuery(
                "SELECT e.id FROM Enrolment e WHERE e.session = :s AND e.officer = :o", Long.class)
            .setParameter("s", session)
            .setParameter("o", officer)
            .getResultList()
            .isEmpty();
    if (!enrolled) {
      throw new BusinessException("training.checkIn.notEnrolled");
    }
    Attendance existing =
        em.createQuery(
                "SELECT a FROM Attendance a WHERE a.session = :s AND a.officer = :o AND a.day = :d",
                Attendance.class)
            .setParameter("s", session)
            .setParameter("o", officer)
            .setParameter("d", day)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Course course = session.getCourse();
    if (existing != null) {
      return new CheckInReceipt(session.getId(), course.getNameZh(), course.getNameEn(), day, true);
    }
    Attendance attendance = new Attendance(session, officer, day);
    attendance.checkIn(LocalDateTime.now(clock), me.policeNumber());
    em.persist(attendance);
    var map = new java.util.HashMap<String, Object>();
    map.put("day", day);
    map.put("officer", me.policeNumber());
    audit.record(TrainingAccess.SESSION, session.getId(), "CHECK_IN", Changes.created(map));
    return new CheckInReceipt(session.getId(), course.getNameZh(), course.getNameEn(), day, false);
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private CheckInToken token() {
    Object stored = storedSecret();
    if (stored == null) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      // the first caller anywhere in the cluster sets it; the others read what it set
      em.createNativeQuery(
              "UPDATE app_setting SET setting_value = ?1 WHERE setting_key = ?2"
                  + " AND setting_value IS NULL")
          .setParameter(1, HexFormat.of().formatHex(fresh))
          .setParameter(2, SECRET)
          .executeUpdate();
      stored = storedSecret();
    }
    return new CheckInToken(HexFormat.of().parseHex(stored.toString()));
  }

  private Object storedSecret() {
    return em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
        .setParameter(1, SECRET)
        .getSingleResult();
  }
}
