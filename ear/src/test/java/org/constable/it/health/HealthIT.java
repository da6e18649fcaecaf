package org.constable.it.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.health.CheckInput;
import org.constable.health.CheckRow;
import org.constable.health.ConditionCount;
import org.constable.health.CoverageRow;
import org.constable.health.HealthArchive;
import org.constable.health.HealthChecks;
import org.constable.health.HealthImport;
import org.constable.health.HealthRowsRejectedException;
import org.constable.health.ImportLine;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.FieldError;
import org.constable.personnel.InvalidInputException;
import org.constable.personnel.RowError;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Health data in the real server: the health administrator records, removes and imports checks (a
 * workbook all or nothing); every named read lands in the security log as a sensitive read; HR
 * without the health permission gets counts, never names, and its attempts are logged as refused;
 * the officer reads its own archive only; the counts equal a count in SQL.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(HealthIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject HealthChecks checks;
  @Inject HealthImport imports;

  /** The statuses on the force's strength, written out as the reports' SQL should mean them. */
  private static final String ACTIVE = "('ON_DUTY', 'OFF_POST_TRAINING', 'SICK_LEAVE')";

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void theHealthAdministratorRecordsAndRemovesACheckAndEveryReadIsLogged() throws Exception {
    var fixtures = new DemoFixtures(em);
    long officer = fixtures.policeOfficerUnder(fixtures.county().getPath(), 3);
    LocalDate day = freeDay(officer, today.minusDays(2));
    long before = countChecks(officer);
    long readsBefore = events("SENSITIVE_READ", "SUCCESS", officer);
    AsUser.run(
        em,
        "health",
        () -> {
          var bad =
              assertThrows(
                  InvalidInputException.class,
                  () ->
                      checks.record(
                          officer,
                          new CheckInput(
                              today.plusDays(1), " ", "无此结论", null, Set.of("口腔溃疡"), null)));
          assertEquals(
              Set.of("checkedOn", "institution", "conclusion", "conditions"),
              bad.getErrors().stream().map(FieldError::field).collect(Collectors.toSet()));
          long id =
              checks.record(
                  officer,
                  new CheckInput(
                      day,
                      " 市第一人民医院体检中心 ",
                      "异常需复查",
                      "血压偏高",
                      Set.of("高血压", "LIPID"),
                      day.plusMonths(3)));
          HealthArchive archive = checks.archive(officer);
          CheckRow row =
              archive.checks().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
          assertEquals("市第一人民医院体检中心", row.institution());
          assertEquals("RECHECK", row.conclusion());
          assertEquals(List.of("HYPERTEN", "LIPID"), row.conditions().stream().sorted().toList());
          assertTrue(
              archive.trends().stream().anyMatch(t -> t.condition().equals("HYPERTEN")),
              "the trend lists the condition found");
          checks.remove(id, row.version());
        });
    assertEquals(before, countChecks(officer), "the bad input saved nothing; the removal took");
    assertTrue(
        events("SENSITIVE_READ", "SUCCESS", officer) > readsBefore,
        "the archive read is in the security log");
  }

  @Test
  void aWorkbookWithBrokenRowsSavesNothingAndListsEveryRow() throws Exception {
    var fixtures = new DemoFixtures(em);
    String county = fixtures.county().getPath();
    long first = fixtures.policeOfficerUnder(county, 5);
    long second = fixtures.policeOfficerUnder(county, 6);
    String firstNumber = policeNumberOf(first);
    String secondNumber = policeNumberOf(second);
    LocalDate day = freeDay(first, today.minusDays(4));
    LocalDate other = freeDay(second, today.minusDays(4));
    long before = countChecks(first) + countChecks(second);
    ImportLine good1 =
        new ImportLine(2, firstNumber, null, day.toString(), "市体检中心", "正常", null, "", null);
    ImportLine good2 =
        new ImportLine(
            3,
            secondNumber,
            null,
            other.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/M/d")),
            "市体检中心",
            "基本正常",
            "血糖偏高",
            "糖尿病、高血脂",
            null);
    List<ImportLine> broken =
        List.of(
            good1,
            good2,
            new ImportLine(4, "999999", null, day.toString(), "市体检中心", "正常", null, "", null),
            new ImportLine(5, firstNumber, null, "2026-13-45", "市体检中心", "正常", null, "", null),
            new ImportLine(
                6, secondNumber, null, other.toString(), "市体检中心", "正常", null, "口腔溃疡", null));
    AsUser.run(
        em,
        "health",
        () -> {
          var refused = assertThrows(HealthRowsRejectedException.class, () -> imports.save(broken));
          assertEquals(
              Set.of(4, 5, 6),
              refused.getErrors().stream().map(RowError::rowNumber).collect(Collectors.toSet()));
          assertEquals(
              Set.of(
                  "health.import.unknownOfficer",
                  "health.import.badDate",
                  "health.check.unknownCondition",
                  // row 6 also repeats row 3's officer and day
                  "health.import.twiceInFile"),
              refused.getErrors().stream().map(RowError::messageKey).collect(Collectors.toSet()));
          assertThrows(HealthRowsRejectedException.class, () -> imports.preview(broken));
        });
    assertEquals(before, countChecks(first) + countChecks(second), "nothing of it was saved");

    AsUser.run(
        em,
        "health",
        () -> {
          var preview = imports.preview(List.of(good1, good2));
          assertEquals(2, preview.size());
          assertEquals(
              List.of("DIABETES", "LIPID"), preview.get(1).conditions().stream().sorted().toList());
          assertEquals(before, countChecks(first) + countChecks(second), "a preview saves nothing");
          assertEquals(2, imports.save(List.of(good1, good2)));
          // the same file twice: the days are taken now
          var again =
              assertThrows(
                  HealthRowsRejectedException.class, () -> imports.save(List.of(good1, good2)));
          assertEquals(2, again.getErrors().size());
        });
    assertEquals(before + 2, countChecks(first) + countChecks(second));
    assertEquals(
        List.of("DIABETES", "LIPID"),
        em.createNativeQuery(
                "SELECT c.condition_code FROM health_check_condition c"
                    + " JOIN health_check h ON h.id = c.check_id"
                    + " WHERE h.officer_id = ?1 AND h.checked_on = ?2 ORDER BY c.condition_code")
            .setParameter(1, second)
            .setParameter(2, other)
            .getResultList());
    // hr-county keeps the register but not health data: it cannot import
    AsUser.run(
        em,
        "hr-county",
        () -> assertThrows(AccessDeniedException.class, () -> imports.preview(List.of(good1))));
  }

  @Test
  void hrWithoutTheHealthPermissionSeesCountsOnlyAndItsAttemptsAreLogged() throws Exception {
    var fixtures = new DemoFixtures(em);
    String county = fixtures.county().getPath();
    long inCounty = fixtures.policeOfficerUnder(county, 2);
    int year = today.getYear();
    long deniedBefore = events("SENSITIVE_READ", "DENIED", null);
    long refusedBefore = events("ACCESS_DENIED", "DENIED", null);
    AsUser.run(
        em,
        "hr-county",
        () -> {
          List<CoverageRow> coverage = checks.coverage(year);
          assertFalse(coverage.isEmpty());
          long officers = coverage.stream().mapToLong(CoverageRow::officers).sum();
          long checked = coverage.stream().mapToLong(CoverageRow::checked).sum();
          assertEquals(activeOfficersUnder(county), officers, "every active officer of the county");
          assertEquals(checkedInYearUnder(county, year), checked, "checked this year, by SQL");
          assertTrue(
              coverage.stream().allMatch(r -> unitPath(r.unitId()).startsWith(county)),
              "the county's units only");
          List<ConditionCount> counts = checks.conditionCounts(year);
          assertEquals(7, counts.size(), "every listed condition, zero included");
          assertEquals(
              withConditionUnder(county, "HYPERTEN", year),
              counts.stream()
                  .filter(c -> c.condition().equals("HYPERTEN"))
                  .findFirst()
                  .orElseThrow()
                  .officers());
          assertThrows(AccessDeniedException.class, () -> checks.archive(inCounty));
          assertThrows(AccessDeniedException.class, () -> checks.overdue(null, 0, 10));
          assertThrows(
              AccessDeniedException.class, () -> checks.withCondition("HYPERTEN", year, 0, 10));
        });
    assertTrue(
        events("SENSITIVE_READ", "DENIED", null) > deniedBefore,
        "the refused archive read is logged");
    assertTrue(
        events("ACCESS_DENIED", "DENIED", null) >= refusedBefore + 2,
        "the refused named lists are logged");

    AsUser.run(
        em,
        "health",
        () -> {
          var overdue = checks.overdue(null, 0, 20);
          assertEquals(overdueInCity(), overdue.total(), "the overdue list's count, by SQL");
          var hypertension = checks.withCondition("HYPERTEN", year, 0, 20);
          assertEquals(
              withConditionUnder(fixtures.city().getPath(), "HYPERTEN", year),
              hypertension.total());
          assertTrue(hypertension.rows().size() <= 20);
        });
  }

  @Test
  void theOfficerReadsItsOwnArchiveAndNoOneElses() throws Exception {
    long own = officerIdOf(AsUser.policeNumber(em, "officer"));
    long colleague = officerIdOf(AsUser.policeNumber(em, "leader"));
    long readsBefore = events("SENSITIVE_READ", "SUCCESS", own);
    AsUser.run(
        em,
        "officer",
        () -> {
          HealthArchive mine = checks.mine();
          assertEquals(own, mine.officerId());
          assertEquals(countChecks(own), mine.checks().size());
          assertThrows(AccessDeniedException.class, () -> checks.archive(colleague));
          assertThrows(AccessDeniedException.class, () -> checks.coverage(today.getYear()));
        });
    assertTrue(events("SENSITIVE_READ", "SUCCESS", own) > readsBefore);
  }

  private LocalDate freeDay(long officer, LocalDate from) {
    LocalDate day = from;
    while (((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM health_check WHERE officer_id = ?1 AND checked_on = ?2")
                    .setParameter(1, officer)
                    .setParameter(2, day)
                    .getSingleResult())
            .longValue()
        > 0) {
      day = day.minusDays(1);
    }
    return day;
  }

  private long countChecks(long officer) {
    return count("SELECT COUNT(*) FROM health_check WHERE officer_id = ?1", officer);
  }

  private long events(String type, String outcome, Long officer) {
    return officer == null
        ? count(
            "SELECT COUNT(*) FROM security_event WHERE event_type = ?1 AND outcome = ?2",
            type,
            outcome)
        : count(
            "SELECT COUNT(*) FROM security_event WHERE event_type = ?1 AND outcome = ?2"
                + " AND officer_id = ?3",
            type,
            outcome,
            officer);
  }

  private long activeOfficersUnder(String path) {
    return count(
        "SELECT COUNT(*) FROM officer o JOIN org_unit u ON u.id = o.unit_id"
            + " WHERE u.path LIKE ?1 AND o.status IN "
            + ACTIVE,
        path + "%");
  }

  private long checkedInYearUnder(String path, int year) {
    return count(
        "SELECT COUNT(DISTINCT h.officer_id) FROM health_check h"
            + " JOIN officer o ON o.id = h.officer_id JOIN org_unit u ON u.id = o.unit_id"
            + " WHERE u.path LIKE ?1 AND o.status IN "
            + ACTIVE
            + " AND h.checked_on >= ?2 AND h.checked_on < ?3",
        path + "%",
        LocalDate.of(year, 1, 1),
        LocalDate.of(year + 1, 1, 1));
  }

  private long withConditionUnder(String path, String condition, int year) {
    return count(
        "SELECT COUNT(DISTINCT h.officer_id) FROM health_check h"
            + " JOIN health_check_condition c ON c.check_id = h.id"
            + " JOIN officer o ON o.id = h.officer_id JOIN org_unit u ON u.id = o.unit_id"
            + " WHERE u.path LIKE ?1 AND o.status IN "
            + ACTIVE
            + " AND c.condition_code = ?2 AND h.checked_on >= ?3 AND h.checked_on < ?4",
        path + "%",
        condition,
        LocalDate.of(year, 1, 1),
        LocalDate.of(year + 1, 1, 1));
  }

  /** Active officers with no check in the interval, or whose last check's follow-up is past. */
  private long overdueInCity() {
    int months =
        Integer.parseInt(
            (String)
                em.createNativeQuery(
                        "SELECT param_value FROM policy_parameter"
                            + " WHERE param_key = 'health.check.intervalMonths'")
                    .getSingleResult());
    return count(
        "SELECT COUNT(*) FROM officer o WHERE o.status IN "
            + ACTIVE
            + " AND NOT EXISTS (SELECT 1 FROM health_check h WHERE h.officer_id = o.id"
            + " AND h.checked_on >= ?1 AND (h.follow_up_on IS NULL OR h.follow_up_on >= ?2)"
            + " AND NOT EXISTS (SELECT 1 FROM health_check n WHERE n.officer_id = o.id"
            + " AND n.checked_on > h.checked_on))",
        today.minusMonths(months),
        today);
  }

  private String unitPath(long unitId) {
    return (String)
        em.createNativeQuery("SELECT path FROM org_unit WHERE id = ?1")
            .setParameter(1, unitId)
            .getSingleResult();
  }

  private String policeNumberOf(long officer) {
    return (String)
        em.createNativeQuery("SELECT police_number FROM officer WHERE id = ?1")
            .setParameter(1, officer)
            .getSingleResult();
  }

  private long officerIdOf(String policeNumber) {
    return count("SELECT id FROM officer WHERE police_number = ?1", policeNumber);
  }

  private long count(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
