package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.platform.BusinessException;
import org.constable.platform.NativeSql;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * 评教: after a session ends, each trainee who attended rates its instructors once, anonymously,
 * within {@value #WINDOW_DAYS} days; HR sees each instructor's averages per year, once there are
 * enough ratings that none can be told apart. A session's ratings count only once its window has
 * closed, all at once: watching the average move after each new rating would tell one rater's
 * marks.
 */
@Stateless
@Guard
public class InstructorEvaluations {

  /** How long after the session's last day the trainees may rate it. */
  public static final int WINDOW_DAYS = 30;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private TrainingAccess access;
  @Inject private TrainingPolicy policy;
  @Inject private Clock clock;

  /** The sessions the caller attended that ended in the window and that it has not rated yet. */
  @Guard(Permissions.SELF_READ)
  public List<EvaluationForm> due() {
    LocalDate today = LocalDate.now(clock);
    List<Object> ids =
        new NativeSql()
            .sql("SELECT s.id FROM training_session s WHERE s.end_date <= ")
            .value(today)
            .sql(" AND s.end_date >= ")
            .value(today.minusDays(WINDOW_DAYS))
            .sql(" AND EXISTS (SELECT 1 FROM training_attendance a WHERE a.session_id = s.id")
            .sql(" AND a.officer_id = ")
            .value(me().officerId())
            .sql(" AND a.confirmed = 1) AND NOT EXISTS (SELECT 1 FROM training_evaluation_given g")
            .sql(" WHERE g.session_id = s.id AND g.officer_id = ")
            .value(me().officerId())
            .sql(") AND EXISTS (SELECT 1 FROM training_staff st WHERE st.session_id = s.id")
            .sql(" AND st.staff_role = '" + StaffRole.INSTRUCTOR.name() + "')")
            .sql(" ORDER BY s.end_date DESC, s.id")
            .column(em);
    return ids.stream().map(id -> form(access.session(NativeSql.number(id)))).toList();
  }

  /** The form for one session: the caller must have attended it and not rated it yet. */
  @Guard(Permissions.SELF_READ)
  public EvaluationForm form(long sessionId) {
    return form(rateable(sessionId));
  }

  /** Records the caller's ratings, one for every instructor of the session. */
  @Guard(Permissions.SELF_READ)
  public void give(long sessionId, List<RatingInput> ratings) {
    TrainingSession session = rateable(sessionId);
    Set<Long> instructors = new HashSet<>();
    session.staff(StaffRole.INSTRUCTOR).forEach(i -> instructors.add(i.getId()));
    Set<Long> rated = new HashSet<>();
    for (RatingInput rating : ratings) {
      rating.check();
      if (!instructors.contains(rating.instructorId()) || !rated.add(rating.instructorId())) {
        throw new BusinessException("training.evaluation.notAnInstructor");
      }
    }
    if (!rated.equals(instructors)) {
      throw new BusinessException("training.evaluation.rateEveryone");
    }
    // the primary key refuses a second submission that raced this one
    em.createNativeQuery(
            "INSERT INTO training_evaluation_given (session_id, officer_id) VALUES (?1, ?2)")
        .setParameter(1, sessionId)
        .setParameter(2, me().officerId())
        .executeUpdate();
    ratings.forEach(r -> em.persist(new InstructorRating(sessionId, r)));
  }

  /**
   * Each instructor's ratings of the sessions that ended in the year and whose rating window has
   * closed, by instructor id.
   */
  @Guard(Permissions.TRAINING_MANAGE)
  public Map<Long, EvaluationAverage> averages(int year) {
    int least = policy.minimumRatings();
    Map<Long, EvaluationAverage> averages = new HashMap<>();
    new NativeSql()
        .sql("SELECT e.instructor_id, COUNT(*), SUM(e.content_score), SUM(e.method_score),")
        .sql(" SUM(e.overall_score) FROM training_evaluation e")
        .sql(" JOIN training_session s ON s.id = e.session_id WHERE s.end_date BETWEEN ")
        .value(Year.of(year).atDay(1))
        .sql(" AND ")
        .value(Year.of(year).atMonth(12).atEndOfMonth())
        .sql(" AND s.end_date < ")
        .value(closedBefore())
        .sql(" GROUP BY e.instructor_id")
        .rows(em)
        .forEach(
            r -> {
              long id = NativeSql.number(r[0]);
              averages.put(
                  id,
                  EvaluationAverage.of(
                      id,
                      NativeSql.number(r[1]),
                      NativeSql.number(r[2]),
                      NativeSql.number(r[3]),
                      NativeSql.number(r[4]),
                      least));
            });
    return averages;
  }

  @Guard
  public int minimumRatings() {
    return policy.minimumRatings();
  }

  /** A remark and how many trainees wrote it. */
  public record Remark(String text, long times) implements java.io.Serializable {}

  /**
   * The remarks an instructor received in the year, the most frequent first, once it has enough
   * ratings to show (the same rule as the averages, so that no remark can be told apart).
   */
  @Guard(Permissions.TRAINING_MANAGE)
  public List<Remark> remarks(long instructorId, int year) {
    EvaluationAverage average = averages(year).get(instructorId);
    if (average == null || !average.shown()) {
      return List.of();
    }
    return new NativeSql()
            .sql("SELECT e.remark, COUNT(*) FROM training_evaluation e")
            .sql(" JOIN training_session s ON s.id = e.session_id WHERE e.instructor_id = ")
            .value(instructorId)
            .sql(" AND e.remark IS NOT NULL AND s.end_date BETWEEN ")
            .value(Year.of(year).atDay(1))
            .sql(" AND ")
            .value(Year.of(year).atMonth(12).atEndOfMonth())
            .sql(" AND s.end_date < ")
            .value(closedBefore())
            .sql(" GROUP BY e.remark ORDER BY COUNT(*) DESC, e.remark")
            .rows(em)
            .stream()
            .map(r -> new Remark((String) r[0], NativeSql.number(r[1])))
            .toList();
  }

  /** Sessions that ended before this day can no longer be rated. */
  private LocalDate closedBefore() {
    return LocalDate.now(clock).minusDays(WINDOW_DAYS);
  }

  private TrainingSession rateable(long sessionId) {
    TrainingSession session = access.session(sessionId);
    LocalDate today = LocalDate.now(clock);
    long officerId = me().officerId();
    boolean attended =
        em.createQuery(
                    "SELECT COUNT(a) FROM Attendance a WHERE a.session = :s AND a.officer.id = :o"
                        + " AND a.confirmed = :yes",
                    Long.class)
                .setParameter("s", session)
                .setParameter("o", officerId)
                .setParameter("yes", true)
                .getSingleResult()
            > 0;
    if (!attended) {
      throw new BusinessException("training.evaluation.notAttended");
    }
    if (session.getEndDate().isAfter(today)) {
      throw new BusinessException("training.evaluation.notEnded");
    }
    if (session.getEndDate().isBefore(closedBefore())) {
      throw new BusinessException("training.evaluation.closed", WINDOW_DAYS);
    }
    if (given(sessionId, officerId)) {
      throw new BusinessException("training.evaluation.alreadyGiven");
    }
    return session;
  }

  private boolean given(long sessionId, long officerId) {
    return NativeSql.number(
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM training_evaluation_given"
                        + " WHERE session_id = ?1 AND officer_id = ?2")
                .setParameter(1, sessionId)
                .setParameter(2, officerId)
                .getSingleResult())
        > 0;
  }

  private static EvaluationForm form(TrainingSession session) {
    return new EvaluationForm(
        session.getId(),
        session.getCourse().getNameZh(),
        session.getCourse().getNameEn(),
        session.getStartDate(),
        session.getEndDate(),
        session.staff(StaffRole.INSTRUCTOR).stream()
            .map(i -> new EvaluationForm.Teacher(i.getId(), i.displayName(), i.getSpeciality()))
            .toList());
  }

  private AccountPrincipal me() {
    return currentUser.require();
  }
}
