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
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.Guard;

/** Degree upgrade enrolments: the officer registers its own, or HR of its scope for it. */
@Stateless
@Guard
public class Upgrades {

  static final String ENTITY = "UpgradeEnrolment";

  @PersistenceContext private EntityManager em;
  @Inject private EducationAccess access;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public long register(long officerId, EnrolmentInput input) {
    Officer officer = access.actingFor(officerId);
    var enrolment =
        new UpgradeEnrolment(
            officer, input.check(), LocalDateTime.now(clock), access.policeNumber());
    em.persist(enrolment);
    Versioned.flush(em);
    audit.record(ENTITY, enrolment.getId(), "CREATE", Changes.created(enrolment.snapshot()));
    return enrolment.getId();
  }

  /** How the programme ended: the officer's own, or HR's for it. */
  public void end(long enrolmentId, Outcome outcome, LocalDate on, long versionSeen) {
    UpgradeEnrolment enrolment = find(enrolmentId);
    access.actingFor(enrolment.getOfficer().getId());
    Versioned.requireCurrent(enrolment.getVersion(), versionSeen);
    var before = enrolment.snapshot();
    enrolment.end(outcome, on, LocalDate.now(clock));
    Versioned.flush(em);
    audit.record(ENTITY, enrolmentId, "END", Changes.between(before, enrolment.snapshot()));
  }

  public List<EnrolmentRow> of(long officerId) {
    access.readable(officerId);
    return em.createQuery(
            "SELECT e FROM UpgradeEnrolment e WHERE e.officer.id = :o ORDER BY e.startedOn DESC",
            UpgradeEnrolment.class)
        .setParameter("o", officerId)
        .getResultStream()
        .map(UpgradeEnrolment::row)
        .toList();
  }

  private UpgradeEnrolment find(long enrolmentId) {
    UpgradeEnrolment enrolment = em.find(UpgradeEnrolment.class, enrolmentId);
    if (enrolment == null) {
      throw new NotFoundException(ENTITY, enrolmentId);
    }
    return enrolment;
  }
}
