package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerHistoryEntry;
import org.constable.personnel.OfficerStatus;
import org.constable.security.Guard;

/**
 * 考核、考试个人档案: an officer's training and exams over the years, for the officer itself and for those
 * who may read its record (HR, leaders) within their scope. Also what other capabilities ask:
 * eligibility for competitive selection (竞争上岗).
 */
@Stateless
@Guard
public class TrainingRecords {

  @PersistenceContext private EntityManager em;
  @Inject private TrainingAccess access;
  @Inject private TrainingLedger ledger;
  @Inject private ExternalTrainings external;
  @Inject private TrainingPolicy policy;
  @Inject private Clock clock;

  public TrainingRecordView record(long officerId) {
    Officer officer = access.readableOfficer(officerId);
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    LocalDate joined =
        officer.getPoliceJoinDate() != null
            ? officer.getPoliceJoinDate()
            : officer.getFirstEmploymentDate();
    // one who left during the year owes its share up to its last day on the force
    LocalDate left = officer.getStatus().isActive() ? null : lastDayOnTheForce(officer);
    int owed =
        officer.getStatus().isActive() || left != null
            ? policy.quota().owedHalfDays(year, joined, left)
            : 0;
    List<TrainingRecordView.Upcoming> upcoming = upcoming(officer, today);
    int upcomingHalfDays =
        em.createQuery(
                "SELECT COALESCE(SUM(s.halfDays), 0) FROM Enrolment e JOIN e.session s"
                    + " WHERE e.officer = :o AND s.startDate > :today AND s.startDate <= :yearEnd",
                Number.class)
            .setParameter("o", officer)
            .setParameter("today", today)
            .setParameter("yearEnd", LocalDate.of(year, 12, 31))
            .getSingleResult()
            .intValue();
    LocalDate lastRotation = lastRotation(officer);
    LocalDate due = policy.rotation().dueDate(lastRotation, joined);
    Map<Integer, Boolean> comprehensive = comprehensiveByYear(officer);
    return new TrainingRecordView(
        officer.getId(),
        officer.getPoliceNumber(),
        officer.getName(),
        year,
        owed,
        ledger.credited(officer.getId(), year),
        upcomingHalfDays,
        attended(officer),
        results(officer),
        upcoming,
        retrainingDue(officer),
        lastRotation,
        due,
        RotationRule.standing(due, today),
        SelectionEligibility.eligibleIn(year, comprehensive),
        SelectionEligibility.eligibleIn(year + 1, comprehensive),
        years(officer),
        external.of(officer.getId()));
  }

  /** The day before the status change that took the officer off the force, if recorded. */
  private LocalDate lastDayOnTheForce(Officer officer) {
    return em.createQuery(
            "SELECT h.effectiveDate FROM OfficerHistoryEntry h WHERE h.officer = :o"
                + " AND h.attribute = :status AND h.newValue IN :gone"
                + " ORDER BY h.effectiveDate DESC, h.id DESC",
            LocalDate.class)
        .setParameter("o", officer)
        .setParameter("status", OfficerHistoryEntry.Attribute.STATUS)
        .setParameter(
            "gone",
            java.util.Arrays.stream(OfficerStatus.values())
                .filter(s -> !s.isActive())
                .map(Enum::name)
                .toList())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(day -> day.minusDays(1))
        .orElse(null);
  }

  /** Whether the officer may take part in competitive selection in the year (竞争上岗). */
  public boolean eligibleForCompetitiveSelection(long officerId, int year) {
    return SelectionEligibility.eligibleIn(
        year, comprehensiveByYear(access.readableOfficer(officerId)));
  }

  private List<TrainingRecordView.Attended> attended(Officer officer) {
    return em.createQuery(
            "SELECT s.id, c.nameZh, c.nameEn, c.categoryCode, s.startDate, s.endDate, SUM(a.halfDays)"
                + " FROM Attendance a JOIN a.session s JOIN s.course c"
                + " WHERE a.officer = :o AND a.confirmed = :yes"
                + " GROUP BY s.id, c.nameZh, c.nameEn, c.categoryCode, s.startDate, s.endDate"
                + " ORDER BY s.startDate DESC",
            Object[].class)
        .setParameter("o", officer)
        .setParameter("yes", true)
        .getResultStream()
        .map(
            r ->
                new TrainingRecordView.Attended(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (LocalDate) r[4],
                    (LocalDate) r[5],
                    ((Number) r[6]).intValue()))
        .toList();
  }

  private List<TrainingRecordView.Result> results(Officer officer) {
    return em.createQuery(
            "SELECT r FROM ExamResult r JOIN FETCH r.session s JOIN FETCH s.course"
                + " WHERE r.officer = :o AND s.resultsPublishedAt IS NOT NULL"
                + " ORDER BY s.endDate DESC",
            ExamResult.class)
        .setParameter("o", officer)
        .getResultStream()
        .map(
            r -> {
              TrainingSession s = r.getSession();
              Course c = s.getCourse();
              return new TrainingRecordView.Result(
                  c.getNameZh(),
                  c.getNameEn(),
                  c.getCategoryCode(),
                  s.getEndDate(),
                  r.getScore(),
                  c.getPassMark(),
                  r.isPassed(),
                  s.isRetraining());
            })
        .toList();
  }

  private List<TrainingRecordView.Upcoming> upcoming(Officer officer, LocalDate today) {
    return em.createQuery(
            "SELECT s FROM Enrolment e JOIN e.session s JOIN FETCH s.course"
                + " WHERE e.officer = :o AND s.endDate >= :today ORDER BY s.startDate",
            TrainingSession.class)
        .setParameter("o", officer)
        .setParameter("today", today)
        .getResultStream()
        .map(
            s ->
                new TrainingRecordView.Upcoming(
                    s.getId(),
                    s.getCourse().getNameZh(),
                    s.getCourse().getNameEn(),
                    s.getStartDate(),
                    s.getEndDate(),
                    s.getPlace()))
        .toList();
  }

  private List<String> retrainingDue(Officer officer) {
    return em.createQuery(
            "SELECT c.nameZh FROM Retraining r JOIN r.course c WHERE r.officer = :o"
                + " AND r.status = :due ORDER BY r.openedOn",
            String.class)
        .setParameter("o", officer)
        .setParameter("due", RetrainingStatus.DUE)
        .getResultList();
  }

  private LocalDate lastRotation(Officer officer) {
    return em.createQuery(
            "SELECT MAX(s.endDate) FROM Attendance a JOIN a.session s JOIN s.course c"
                + " WHERE a.officer = :o AND a.confirmed = :yes AND c.categoryCode = :rotation",
            LocalDate.class)
        .setParameter("o", officer)
        .setParameter("yes", true)
        .setParameter("rotation", Course.ROTATION)
        .getSingleResult();
  }

  /** The last published comprehensive-exam result of each year the officer sat one. */
  private Map<Integer, Boolean> comprehensiveByYear(Officer officer) {
    Map<Integer, Boolean> byYear = new HashMap<>();
    em.createQuery(
            "SELECT s.endDate, r.passed FROM ExamResult r JOIN r.session s JOIN s.course c"
                + " WHERE r.officer = :o AND c.categoryCode = :exam"
                + " AND s.resultsPublishedAt IS NOT NULL ORDER BY s.endDate",
            Object[].class)
        .setParameter("o", officer)
        .setParameter("exam", Course.ANNUAL_EXAM)
        .getResultStream()
        .forEach(r -> byYear.put(((LocalDate) r[0]).getYear(), (Boolean) r[1]));
    return byYear;
  }

  private List<TrainingRecordView.YearDays> years(Officer officer) {
    return em
        .createNativeQuery(
            "SELECT year_no, credited_half_days FROM training_ledger WHERE officer_id = ?1"
                + " ORDER BY year_no DESC")
        .setParameter(1, officer.getId())
        .getResultList()
        .stream()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new TrainingRecordView.YearDays(
                  ((Number) r[0]).intValue(), ((Number) r[1]).intValue());
            })
        .toList();
  }
}
