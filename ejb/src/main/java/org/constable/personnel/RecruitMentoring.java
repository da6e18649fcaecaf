package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.policy.PolicyService;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Recruits (新警): police officers recruited within the mentoring period (a policy parameter), each
 * to be guided by a mentor of the same unit (传帮带). The list shows who has none.
 */
@Stateless
@Guard(Permissions.PERSONNEL_READ)
public class RecruitMentoring {

  public static final String MENTORING_YEARS = "personnel.recruit.mentoringYears";

  private static final String RECRUITS =
      " WHERE o.category = :police AND o.entryChannel = :recruited AND o.policeJoinDate > :since"
          + " AND o.status IN :active";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private PolicyService policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public List<RecruitRow> recruits(boolean withoutMentorOnly, int first, int pageSize) {
    return query(
            RecruitRow.SELECT,
            RecruitRow.class,
            withoutMentorOnly,
            " ORDER BY u.code, o.policeNumber")
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(pageSize, OfficerDirectory.MAX_PAGE_SIZE)))
        .getResultList();
  }

  public long count(boolean withoutMentorOnly) {
    return query(
            "SELECT COUNT(o) FROM Officer o JOIN o.unit u LEFT JOIN o.mentor m",
            Long.class,
            withoutMentorOnly,
            "")
        .getSingleResult();
  }

  /** The mentor must serve in the recruit's unit and not be a recruit itself. */
  @Guard(Permissions.PERSONNEL_WRITE)
  public void assignMentor(long recruitId, String mentorPoliceNumber) {
    Officer recruit = em.find(Officer.class, recruitId);
    if (recruit == null) {
      throw new NotFoundException("Officer", recruitId);
    }
    currentUser.scope().requireCovers(recruit.getUnit().getPath());
    if (!isRecruit(recruit)) {
      throw new BusinessException("recruits.notARecruit", recruit.getPoliceNumber());
    }
    Officer mentor =
        em.createNamedQuery("Officer.findByPoliceNumber", Officer.class)
            .setParameter(
                "policeNumber", mentorPoliceNumber == null ? "" : mentorPoliceNumber.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("recruits.noSuchMentor", mentorPoliceNumber));
    if (!mentor.getUnit().getId().equals(recruit.getUnit().getId())) {
      throw new BusinessException("recruits.mentorOtherUnit");
    }
    if (mentor.getId().equals(recruit.getId())
        || isRecruit(mentor)
        || mentor.getCategory() != PersonnelCategory.POLICE
        || !mentor.getStatus().isActive()) {
      throw new BusinessException("recruits.mentorNotEligible");
    }
    String before = recruit.getMentor() == null ? null : recruit.getMentor().getPoliceNumber();
    recruit.assignMentor(mentor);
    audit.record(
        "Officer",
        recruitId,
        "ASSIGN_MENTOR",
        Changes.between(mapOf(before), mapOf(mentor.getPoliceNumber())));
  }

  private boolean isRecruit(Officer officer) {
    return officer.getCategory() == PersonnelCategory.POLICE
        && officer.getEntryChannel() == EntryChannel.RECRUITMENT
        && officer.getPoliceJoinDate() != null
        && officer.getPoliceJoinDate().isAfter(since());
  }

  private LocalDate since() {
    return LocalDate.now(clock).minusYears(policy.intValue(MENTORING_YEARS));
  }

  private <T> TypedQuery<T> query(
      String select, Class<T> type, boolean withoutMentorOnly, String order) {
    DataScope scope = currentUser.scope();
    String jpql =
        select
            + RECRUITS
            + " AND "
            + scope.jpqlCondition("u")
            + (withoutMentorOnly ? " AND m.id IS NULL" : "")
            + order;
    return em.createQuery(jpql, type)
        .setParameter("police", PersonnelCategory.POLICE)
        .setParameter("recruited", EntryChannel.RECRUITMENT)
        .setParameter("since", since())
        .setParameter("active", OfficerStatus.active())
        .setParameter(DataScope.PARAMETER, scope.pathPattern());
  }

  private static Map<String, Object> mapOf(String mentor) {
    var map = new java.util.HashMap<String, Object>();
    map.put("mentor", mentor);
    return map;
  }
}
