package org.constable.health;

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

/** Saves checked health checks, one per officer and day, each in the audit trail. */
@Dependent
class HealthWriter {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private HealthAccess access;

  long save(Officer officer, CheckInput checked) {
    requireNewDay(officer.getId(), checked.checkedOn());
    var check = new HealthCheck(officer, checked, LocalDateTime.now(clock), access.policeNumber());
    em.persist(check);
    Versioned.flush(em);
    audit.record(HealthChecks.ENTITY, check.getId(), "CREATE", Changes.created(check.snapshot()));
    return check.getId();
  }

  void requireNewDay(long officerId, LocalDate day) {
    Long same =
        em.createQuery(
                "SELECT COUNT(h) FROM HealthCheck h WHERE h.officer.id = :o AND h.checkedOn = :d",
                Long.class)
            .setParameter("o", officerId)
            .setParameter("d", day)
            .getSingleResult();
    if (same > 0) {
      throw new BusinessException("health.check.sameDay", day);
    }
  }
}
