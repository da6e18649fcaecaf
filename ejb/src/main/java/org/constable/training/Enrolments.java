package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerStatus;
import org.constable.platform.BusinessException;
import org.constable.platform.OracleLimits;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * HR enrols officers of its scope in the sessions it manages, one by one or a whole unit, never
 * beyond the session's capacity: an enrolment that would overfill it enrols nobody.
 */
@Stateless
@Guard(Permissions.TRAINING_MANAGE)
public class Enrolments {

  @PersistenceContext private EntityManager em;
  @Inject private TrainingAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private QuotaReport quota;
  @Inject private RotationReport rotation;
  @Inject private Clock clock;

  public EnrolmentOutcome enrol(long sessionId, List<Long> officerIds) {
    TrainingSession session = access.managed(sessionId);
    List<Officer> officers = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(officerIds)) {
      Officer officer = access.officerInScope(id);
      if (!officer.getStatus().isActive()) {
        throw new BusinessException("training.enrol.notServing", officer.getName());
      }
      officers.add(officer);
    }
    return enrolAll(session, officers);
  }

  /**
   * Officers picked by police number; one unknown or outside the scope is named, nobody enrolled.
   */
  public EnrolmentOutcome enrolPoliceNumbers(long sessionId, List<String> policeNumbers) {
    List<Long> ids = new ArrayList<>();
    for (String number : new LinkedHashSet<>(policeNumbers)) {
      Long id =
          em.createQuery(
                  "SELECT o.id FROM Officer o JOIN o.unit u WHERE o.policeNumber = :n"
                      + " AND u.path LIKE :path",
                  Long.class)
              .setParameter("n", number == null ? "" : number.strip())
              .setParameter("path", currentUser.scope().pathPattern())
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> new BusinessException("training.enrol.unknownOfficer", number));
      ids.add(id);
    }
    if (ids.isEmpty()) {
      throw new BusinessException("training.enrol.nobody");
    }
    return enrol(sessionId, ids);
  }

  /**
   * Enrols officers of a unit's subtree, of one police line or all: everyone, those short of the
   * quota by the year's end, or those due for rotation. More than the session holds enrols nobody.
   */
  public EnrolmentOutcome enrolUnit(
      long sessionId, String unitCode, String lineCode, EnrolSelection who) {
    TrainingSession session = access.managed(sessionId);
    int enough = session.getCapacity() + 1;
    boolean byLine = lineCode != null && !lineCode.isBlank();
    List<Long> ids =
        switch (who == null ? EnrolSelection.EVERYONE : who) {
          case SHORT_OF_QUOTA ->
              shortOfQuota(
                  new QuotaFilter(
                      session.getStartDate().getYear(),
                      unitCode,
                      QuotaFilter.Shortfall.SHORT_BY_YEAR_END,
                      lineCode),
                  enough);
          case DUE_FOR_ROTATION ->
              rotation.dueFor(
                  unitPath(unitCode), lineCode, session.getStartDate().getYear(), enough);
          case EVERYONE -> {
            var query =
                em.createQuery(
                        "SELECT o.id FROM Officer o JOIN o.unit u WHERE u.path LIKE :path"
                            + " AND o.status IN :active"
                            + (byLine ? " AND o.lineCode = :line" : "")
                            + " ORDER BY o.policeNumber",
                        Long.class)
                    .setParameter("path", unitPath(unitCode) + "%")
                    .setParameter("active", OfficerStatus.active())
                    .setMaxResults(enough);
            if (byLine) {
              query.setParameter("line", lineCode);
            }
            yield query.getResultList();
          }
        };
    if (ids.isEmpty()) {
      throw new BusinessException("training.enrol.nobody");
    }
    if (ids.size() == enough) {
      // only one more than the session holds was read: how many more there are is not known
      throw new BusinessException("training.enrol.tooMany", session.getCapacity());
    }
    return enrol(sessionId, ids);
  }

  /** Up to {@code enough} of those the report finds short, page by page (its pages are capped). */
  private List<Long> shortOfQuota(QuotaFilter filter, int enough) {
    List<Long> ids = new ArrayList<>();
    while (ids.size() < enough) {
      int wanted = Math.min(QuotaReport.LARGEST_PAGE, enough - ids.size());
      List<QuotaOfficerRow> page = quota.officers(filter, ids.size(), wanted);
      page.forEach(r -> ids.add(r.officerId()));
      if (page.size() < wanted) {
        break;
      }
    }
    return ids;
  }

  public void withdraw(long sessionId, long officerId) {
    TrainingSession session = access.managed(sessionId);
    int removed =
        em.createQuery("DELETE FROM Enrolment e WHERE e.session = :s AND e.officer.id = :o")
            .setParameter("s", session)
            .setParameter("o", officerId)
            .executeUpdate();
    if (removed > 0) {
      audit.record(TrainingAccess.SESSION, sessionId, "WITHDRAW", changes("officer", officerId));
    }
  }

  /** The trainees of a session, for its HR and its staff. */
  @Guard({Permissions.TRAINING_MANAGE, Permissions.TRAINING_TEACH})
  public List<TraineeRow> trainees(long sessionId) {
    TrainingSession session = access.visible(sessionId);
    return em.createQuery(
            TraineeRow.SELECT + " WHERE e.session = :s ORDER BY o.policeNumber", TraineeRow.class)
        .setParameter("s", session)
        .getResultList();
  }

  private EnrolmentOutcome enrolAll(TrainingSession session, List<Officer> officers) {
    Set<Long> already = new HashSet<>();
    List<Long> ids = officers.stream().map(Officer::getId).toList();
    for (List<Long> chunk : OracleLimits.inLists(ids)) {
      already.addAll(
          em.createQuery(
                  "SELECT e.officer.id FROM Enrolment e WHERE e.session = :s AND e.officer.id IN :ids",
                  Long.class)
              .setParameter("s", session)
              .setParameter("ids", chunk)
              .getResultList());
    }
    List<Officer> fresh = officers.stream().filter(o -> !already.contains(o.getId())).toList();
    long enrolled =
        em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.session = :s", Long.class)
            .setParameter("s", session)
            .getSingleResult();
    long free = session.getCapacity() - enrolled;
    if (fresh.size() > free) {
      throw new BusinessException("training.enrol.full", fresh.size(), Math.max(0, free));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String by = currentUser.policeNumberOrNull();
    List<String> warned = new ArrayList<>();
    for (Officer officer : fresh) {
      em.persist(new Enrolment(session, officer, now, by));
      if (officer.getStatus() != OfficerStatus.ON_DUTY) {
        warned.add(officer.getName() + " (" + officer.getPoliceNumber() + ")");
      }
    }
    if (!fresh.isEmpty()) {
      audit.record(
          TrainingAccess.SESSION,
          session.getId(),
          "ENROL",
          changes(
              "officers", String.join(",", fresh.stream().map(Officer::getPoliceNumber).toList())));
    }
    return new EnrolmentOutcome(fresh.size(), already.size(), warned);
  }

  private String unitPath(String unitCode) {
    return access
        .unitInScope(unitCode)
        .map(u -> u.getPath())
        .orElseThrow(() -> new BusinessException("training.quota.unknownUnit", unitCode));
  }

  private static Changes changes(String field, Object value) {
    var map = new java.util.HashMap<String, Object>();
    map.put(field, value);
    return Changes.created(map);
  }
}
