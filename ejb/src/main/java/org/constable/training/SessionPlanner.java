package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.OrgUnit;
import org.constable.platform.BusinessException;
import org.constable.platform.Versioned;
import org.constable.policy.PolicyService;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Sessions of the training plan: HR plans those its scope organises; a trainer sees those it
 * teaches or examines. With 训考分离 on, nobody both teaches and examines one session.
 */
@Stateless
@Guard({Permissions.TRAINING_MANAGE, Permissions.TRAINING_TEACH})
public class SessionPlanner {

  public static final String SEPARATION = "training.separation";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private TrainingAccess access;
  @Inject private PolicyService policy;
  @Inject private AuditTrail audit;

  /** Sessions starting in the year: HR's of its scope, a trainer's of its own. */
  public List<SessionRow> sessions(int year, int first, int pageSize) {
    return query(SessionRow.SELECT, SessionRow.class, year, " ORDER BY s.startDate DESC, s.id DESC")
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(pageSize, 200)))
        .getResultList();
  }

  public long count(int year) {
    return query(
            "SELECT COUNT(s) FROM TrainingSession s JOIN s.course c JOIN s.organiser u",
            Long.class,
            year,
            "")
        .getSingleResult();
  }

  public SessionDetails details(long sessionId) {
    return details(access.visible(sessionId));
  }

  @Guard(Permissions.TRAINING_MANAGE)
  public long create(SessionInput input) {
    Course course = activeCourse(input.courseId());
    TrainingSession session = new TrainingSession(course, organiser(input.organiserUnitCode()));
    apply(session, input);
    em.persist(session);
    em.flush();
    audit.record(
        TrainingAccess.SESSION, session.getId(), "CREATE", Changes.created(snapshot(session)));
    return session.getId();
  }

  @Guard(Permissions.TRAINING_MANAGE)
  public void update(long sessionId, SessionInput input, long versionSeen) {
    TrainingSession session = access.managed(sessionId);
    Versioned.requireCurrent(session.getVersion(), versionSeen);
    if (session.getCourse().getId() != input.courseId()) {
      throw new BusinessException("training.session.courseFixed");
    }
    var before = snapshot(session);
    apply(session, input);
    Versioned.flush(em);
    audit.record(
        TrainingAccess.SESSION, sessionId, "UPDATE", Changes.between(before, snapshot(session)));
  }

  private void apply(TrainingSession session, SessionInput input) {
    if (input.startDate() == null || input.endDate() == null) {
      throw new BusinessException("training.session.datesRequired");
    }
    if (input.endDate().isBefore(input.startDate())) {
      throw new BusinessException("training.session.datesOrder");
    }
    long calendarDays = input.startDate().datesUntil(input.endDate().plusDays(1)).count();
    if (input.halfDays() < 1 || input.halfDays() > 2 * calendarDays) {
      throw new BusinessException("training.session.halfDays", calendarDays);
    }
    if (input.capacity() < 1) {
      throw new BusinessException("training.session.capacity");
    }
    if (input.place() == null || input.place().isBlank()) {
      throw new BusinessException("training.session.placeRequired");
    }
    if (session.getId() != null) {
      long enrolled = enrolled(session);
      if (input.capacity() < enrolled) {
        throw new BusinessException("training.session.capacityBelowEnrolled", enrolled);
      }
    }
    List<Instructor> instructors = instructors(input.instructorIds(), input);
    List<Instructor> examiners = instructors(input.examinerIds(), input);
    if (session.getCourse().hasExam() && examiners.isEmpty()) {
      throw new BusinessException("training.session.examinerRequired");
    }
    if (examiners.stream().anyMatch(i -> !i.isInternal())) {
      throw new BusinessException("training.session.examinerInternal");
    }
    if (!Separation.allowed(policy.isOn(SEPARATION), input.instructorIds(), input.examinerIds())) {
      String names =
          instructors.stream()
              .filter(i -> input.examinerIds().contains(i.getId()))
              .map(Instructor::displayName)
              .reduce((a, b) -> a + "、" + b)
              .orElse("");
      throw new BusinessException("training.session.separation", names);
    }
    session.schedule(input);
    session.staffWith(instructors, examiners);
  }

  private List<Instructor> instructors(List<Long> ids, SessionInput input) {
    List<Instructor> found = new ArrayList<>();
    for (Long id : new java.util.LinkedHashSet<>(ids)) {
      Instructor instructor = em.find(Instructor.class, id);
      if (instructor == null) {
        throw new BusinessException("training.session.unknownInstructor", id);
      }
      if (!instructor.appointedOn(input.startDate())) {
        throw new BusinessException("training.session.notAppointed", instructor.displayName());
      }
      found.add(instructor);
    }
    return found;
  }

  private Course activeCourse(long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null || !course.isActive()) {
      throw new BusinessException("training.session.unknownCourse");
    }
    return course;
  }

  private OrgUnit organiser(String unitCode) {
    return access
        .unitInScope(unitCode)
        .filter(u -> !u.isClosed())
        .orElseThrow(() -> new BusinessException("training.session.unknownOrganiser"));
  }

  SessionDetails details(TrainingSession s) {
    Course c = s.getCourse();
    OrgUnit u = s.getOrganiser();
    return new SessionDetails(
        s.getId(),
        c.getId(),
        c.getNameZh(),
        c.getNameEn(),
        c.getCategoryCode(),
        c.hasExam(),
        c.getPassMark(),
        u.getCode(),
        u.getLabelZh(),
        u.getLabelEn(),
        s.getStartDate(),
        s.getEndDate(),
        s.getPlace(),
        s.getCapacity(),
        s.getHalfDays(),
        s.isRetraining(),
        s.resultsPublished(),
        refs(s.staff(StaffRole.INSTRUCTOR)),
        refs(s.staff(StaffRole.EXAMINER)),
        enrolled(s),
        s.getVersion(),
        access.manages(s),
        access.isStaff(s, StaffRole.INSTRUCTOR),
        access.isStaff(s, StaffRole.EXAMINER));
  }

  private long enrolled(TrainingSession s) {
    return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.session = :s", Long.class)
        .setParameter("s", s)
        .getSingleResult();
  }

  private static List<SessionDetails.InstructorRef> refs(List<Instructor> instructors) {
    return instructors.stream()
        .map(
            i ->
                new SessionDetails.InstructorRef(
                    i.getId(),
                    i.isInternal()
                        ? i.displayName() + " (" + i.getOfficer().getPoliceNumber() + ")"
                        : i.displayName()))
        .toList();
  }

  private <T> TypedQuery<T> query(String select, Class<T> type, int year, String order) {
    AccountPrincipal me = currentUser.require();
    boolean hr = me.can(Permissions.TRAINING_MANAGE);
    String where =
        " WHERE s.startDate BETWEEN :from AND :to AND "
            + (hr
                ? DataScope.of(me).jpqlCondition("u")
                : "EXISTS (SELECT st FROM SessionStaff st WHERE st.session = s"
                    + " AND st.instructor.officer.id = :me)");
    TypedQuery<T> query =
        em.createQuery(select + where + order, type)
            .setParameter("from", Year.of(year).atDay(1))
            .setParameter("to", Year.of(year).atMonth(12).atEndOfMonth());
    if (hr) {
      query.setParameter(DataScope.PARAMETER, DataScope.of(me).pathPattern());
    } else {
      query.setParameter("me", me.officerId());
    }
    return query;
  }

  private static Map<String, Object> snapshot(TrainingSession s) {
    var map = new LinkedHashMap<String, Object>();
    map.put("course", s.getCourse().getNameZh());
    map.put("organiser", s.getOrganiser().getCode());
    map.put("start", s.getStartDate());
    map.put("end", s.getEndDate());
    map.put("place", s.getPlace());
    map.put("capacity", s.getCapacity());
    map.put("halfDays", s.getHalfDays());
    map.put("retraining", s.isRetraining());
    map.put(
        "instructors",
        s.staff(StaffRole.INSTRUCTOR).stream().map(Instructor::displayName).toList().toString());
    map.put(
        "examiners",
        s.staff(StaffRole.EXAMINER).stream().map(Instructor::displayName).toList().toString());
    return map;
  }
}
