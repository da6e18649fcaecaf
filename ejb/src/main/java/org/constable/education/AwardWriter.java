package org.constable.education;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Officer;
import org.constable.platform.BusinessException;
import org.constable.platform.Versioned;

/** Raises a judicial exam award inside the caller's transaction: once per officer. */
@Dependent
class AwardWriter {

  @PersistenceContext private EntityManager em;
  @Inject private EducationPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  boolean held(long officerId) {
    return em.createQuery(
                "SELECT COUNT(a) FROM JudicialAward a WHERE a.officer.id = :o", Long.class)
            .setParameter("o", officerId)
            .getSingleResult()
        > 0;
  }

  /**
   * @throws BusinessException when the officer has its award already
   */
  JudicialAward create(Officer officer, Long certificateId, LocalDate passedOn) {
    if (held(officer.getId())) {
      throw new BusinessException("education.award.once");
    }
    var award =
        new JudicialAward(
            officer, certificateId, passedOn, policy.award(), LocalDateTime.now(clock));
    em.persist(award);
    // the unique key on the officer decides a race between two HR clerks
    Versioned.flush(em);
    audit.record(Awards.ENTITY, award.getId(), "RAISE", Changes.created(award.snapshot()));
    return award;
  }
}
