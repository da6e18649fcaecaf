package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.notification.Notifications;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerChanges;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.RowError;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Role;

/**
 * Exam results: entered by the session's examiner until HR publishes them, then locked; a later
 * correction is HR's, with a reason, audited. Publishing applies 不合格复训 and 复训不合格离岗培训.
 */
@Stateless
@Guard({Permissions.TRAINING_TEACH, Permissions.TRAINING_MANAGE})
public class ExamResults {

  static final String ENTITY = "TrainingResult";

  @PersistenceContext private EntityManager em;
  @Inject private TrainingAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private OfficerChanges officerChanges;
  @Inject private Notifications notifications;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** The score sheet: every trainee, with its score where there is one. */
  public List<ScoreRow> sheet(long sessionId) {
    TrainingSession session = access.visible(sessionId);
    Map<Long, ExamResult> results = results(session);
    return access.trainees(session).stream()
        .map(
            o -> {
              ExamResult r = results.get(o.getId());
              return new ScoreRow(
                  o.getId(),
                  o.getPoliceNumber(),
                  o.getName(),
                  o.getUnit().getLabelZh(),
                  o.getUnit().getLabelEn(),
                  r == null ? null : r.getScore(),
                  r == null ? null : r.isPassed());
            })
        .toList();
  }

  /**
   * The examiner's scores, from the page or a workbook: all or nothing, every bad row named (a
   * score that is not 0-100 with at most one decimal, a police number not enrolled, one twice).
   */
  public int enter(long sessionId, List<ScoreLine> lines) {
    TrainingSession session = access.session(sessionId);
    if (!session.getCourse().hasExam()) {
      throw new BusinessException("training.results.noExam");
    }
    if (!access.isStaff(session, StaffRole.EXAMINER)) {
      throw new AccessDeniedException();
    }
    if (session.resultsPublished()) {
      throw new BusinessException("training.results.locked");
    }
    Map<String, Officer> enrolled = enrolledByPoliceNumber(session);
    Map<Long, ExamResult> results = results(session);
    List<RowError> errors = new ArrayList<>();
    Map<Officer, Optional<BigDecimal>> accepted = new LinkedHashMap<>();
    for (ScoreLine line : lines) {
      String number = line.policeNumber() == null ? "" : line.policeNumber().strip();
      Officer officer = enrolled.get(number);
      if (officer == null) {
        errors.add(
            new RowError(line.row(), number, "training.results.notEnrolled", List.of(number)));
        continue;
      }
      if (accepted.containsKey(officer)) {
        errors.add(new RowError(line.row(), number, "training.results.twice", List.of(number)));
        continue;
      }
      if (line.score() == null || line.score().isBlank()) {
        accepted.put(officer, Optional.empty());
        continue;
      }
      Optional<BigDecimal> score = Score.parse(line.score());
      if (score.isEmpty()) {
        errors.add(
            new RowError(line.row(), number, "training.results.badScore", List.of(line.score())));
      } else {
        accepted.put(officer, score);
      }
    }
    if (!errors.isEmpty()) {
      throw new TrainingRowsRejectedException(errors);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String by = currentUser.policeNumberOrNull();
    int saved = 0;
    for (var entry : accepted.entrySet()) {
      ExamResult existing = results.get(entry.getKey().getId());
      if (entry.getValue().isEmpty()) {
        if (existing != null) {
          em.remove(existing);
        }
        continue;
      }
      ExamResult result = existing != null ? existing : new ExamResult(session, entry.getKey());
      result.score(entry.getValue().get(), now, by);
      if (existing == null) {
        em.persist(result);
      }
      saved++;
    }
    var map = new HashMap<String, Object>();
    map.put("scores", saved);
    audit.record(TrainingAccess.SESSION, sessionId, "ENTER_SCORES", Changes.created(map));
    return saved;
  }

  /** HR publishes: the scores lock, and the retraining chain runs for each trainee. */
  @Guard(Permissions.TRAINING_MANAGE)
  public PublishOutcome publish(long sessionId) {
    TrainingSession session = access.managed(sessionId);
    if (session.resultsPublished()) {
      throw new BusinessException("training.results.alreadyPublished");
    }
    if (!session.getCourse().hasExam()) {
      throw new BusinessException("training.results.noExam");
    }
    Map<Long, ExamResult> results = results(session);
    if (results.isEmpty()) {
      throw new BusinessException("training.results.none");
    }
    session.publishResults(LocalDateTime.now(clock));
    int opened = 0;
    int offPost = 0;
    for (ExamResult result : results.values()) {
      switch (applyChain(session, result)) {
        case RETRAINING_OPENED -> opened++;
        case OFF_POST_TRAINING -> offPost++;
        default -> {}
      }
    }
    var map = new HashMap<String, Object>();
    map.put("results", results.size());
    map.put("retraining", opened);
    map.put("offPost", offPost);
    audit.record(TrainingAccess.SESSION, sessionId, "PUBLISH", Changes.created(map));
    return new PublishOutcome(results.size(), opened, offPost);
  }

  /** What publishing did. */
  public record PublishOutcome(int results, int retrainingOpened, int offPostTraining)
      implements java.io.Serializable {}

  /** HR corrects a published score, with the reason; audited, and the chain follows the change. */
  @Guard(Permissions.TRAINING_MANAGE)
  public void correct(long sessionId, long officerId, String scoreText, String reason) {
    TrainingSession session = access.managed(sessionId);
    if (!session.resultsPublished()) {
      throw new BusinessException("training.results.notPublished");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("training.results.reasonRequired");
    }
    BigDecimal score =
        Score.parse(scoreText)
            .orElseThrow(() -> new BusinessException("training.results.badScore", scoreText));
    ExamResult result = results(session).get(officerId);
    if (result == null) {
      throw new BusinessException("training.results.noResult");
    }
    BigDecimal before = result.getScore();
    boolean passedBefore = result.isPassed();
    result.score(score, LocalDateTime.now(clock), currentUser.policeNumberOrNull());
    if (passedBefore && !result.isPassed()) {
      applyChain(session, result);
    } else if (!passedBefore && result.isPassed()) {
      openRetraining(result.getOfficer(), session.getCourse())
          .ifPresent(r -> r.close(RetrainingStatus.PASSED, LocalDate.now(clock)));
    }
    var beforeMap = new HashMap<String, Object>();
    beforeMap.put("score", before);
    var afterMap = new HashMap<String, Object>();
    afterMap.put("score", score);
    afterMap.put("reason", reason.strip());
    audit.record(ENTITY, result.getId(), "CORRECT", Changes.between(beforeMap, afterMap));
  }

  private RetrainingChain.Outcome applyChain(TrainingSession session, ExamResult result) {
    Officer officer = result.getOfficer();
    Optional<Retraining> open = openRetraining(officer, session.getCourse());
    var outcome =
        RetrainingChain.after(session.isRetraining(), result.isPassed(), open.isPresent());
    LocalDate today = LocalDate.now(clock);
    switch (outcome) {
      case RETRAINING_OPENED -> em.persist(new Retraining(officer, session, today));
      case RETRAINING_PASSED -> open.get().close(RetrainingStatus.PASSED, today);
      case OFF_POST_TRAINING -> {
        open.get().close(RetrainingStatus.FAILED, today);
        if (officer.getStatus() != OfficerStatus.OFF_POST_TRAINING) {
          officerChanges.changeStatus(officer.getId(), OfficerStatus.OFF_POST_TRAINING, today);
        }
        notifications.tellRoleCovering(
            Role.HR,
            officer.getUnit().getPath(),
            "training.notice.offPost",
            List.of(officer.getName(), officer.getPoliceNumber(), session.getCourse().getNameZh()),
            "/personnel/officer.xhtml?id=" + officer.getId());
      }
      case NONE -> {}
    }
    return outcome;
  }

  private Optional<Retraining> openRetraining(Officer officer, Course course) {
    return em.createQuery(
            "SELECT r FROM Retraining r WHERE r.officer = :o AND r.course = :c AND r.status = :due",
            Retraining.class)
        .setParameter("o", officer)
        .setParameter("c", course)
        .setParameter("due", RetrainingStatus.DUE)
        .getResultStream()
        .findFirst();
  }

  private Map<Long, ExamResult> results(TrainingSession session) {
    Map<Long, ExamResult> results = new HashMap<>();
    em.createQuery("SELECT r FROM ExamResult r WHERE r.session = :s", ExamResult.class)
        .setParameter("s", session)
        .getResultStream()
        .forEach(r -> results.put(r.getOfficer().getId(), r));
    return results;
  }

  private Map<String, Officer> enrolledByPoliceNumber(TrainingSession session) {
    Map<String, Officer> enrolled = new HashMap<>();
    access.trainees(session).forEach(o -> enrolled.put(o.getPoliceNumber(), o));
    return enrolled;
  }
}
