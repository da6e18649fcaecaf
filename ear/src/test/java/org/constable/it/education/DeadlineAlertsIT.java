package org.constable.it.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.constable.education.Deadlines;
import org.constable.it.AsUser;
import org.constable.it.Deployments;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.platform.ClockProducer;
import org.constable.policy.PolicyService;
import org.constable.security.AccountService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The associate deadline's alert: from the alert day on, the officer and the HR covering its unit
 * are told once, however often the job runs.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineAlertsIT {

  private static final String START_YEAR = "education.associate.startYear";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(DeadlineAlertsIT.class, EducationFixture.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OrgUnitAdministration units;
  @Inject OfficerRegister register;
  @Inject Deadlines deadlines;
  @Inject PolicyService policy;
  @Inject AccountService accounts;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void pastTheAlertDayTheHrOfTheOfficersCountyAndCityAreToldOnce() throws Exception {
    long officer =
        AsUser.call(
            em,
            "hr-county",
            () ->
                EducationFixture.inCounty(em, units)
                    .officer(register, LocalDate.of(1990, 6, 1), "ZRKY", "HIGH_SCHOOL"));
    // three years from the start of three years ago: the deadline passed on the last day of last
    // year, so whatever today's date the alert is due
    // the officer has its own account: the notice reaches its inbox too
    AsUser.call(em, "admin", () -> accounts.create(policeNumber(officer)));
    String before = setStartYear(String.valueOf(today.getYear() - 3));
    try {
      AsUser.run(em, "hr-county", () -> deadlines.alertNow());
      AsUser.run(em, "hr-county", () -> deadlines.alertNow());
      assertEquals(
          1L,
          count("SELECT COUNT(*) FROM education_deadline_alert WHERE officer_id = ?1", officer));
      // every HR whose scope covers the officer (the county's and the city's, and any other
      // account an earlier test made HR there), once each
      long hrCovering = hrCovering(officer);
      assertTrue(hrCovering >= 2, "the demo county's and city's HR at least: " + hrCovering);
      assertEquals(
          hrCovering,
          count(
              "SELECT COUNT(*) FROM notification n WHERE n.text_key = 'education.notice.deadlineHr'"
                  + " AND n.arguments LIKE ?1",
              "%" + policeNumber(officer) + "%"));
      assertEquals(
          1L,
          count(
              "SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id"
                  + " JOIN officer o ON o.id = a.officer_id"
                  + " WHERE n.text_key = 'education.notice.deadline' AND o.id = ?1",
              officer));
    } finally {
      setStartYear(before);
    }
  }

  private String setStartYear(String year) throws Exception {
    return AsUser.call(
        em,
        "admin",
        () -> {
          var parameter =
              policy.all().stream()
                  .filter(p -> p.getKey().equals(START_YEAR))
                  .findFirst()
                  .orElseThrow();
          String old = parameter.getValue();
          policy.change(START_YEAR, year, parameter.getVersion());
          return old;
        });
  }

  private long hrCovering(long officerId) {
    String path =
        (String)
            em.createNativeQuery(
                    "SELECT u.path FROM officer o JOIN org_unit u ON u.id = o.unit_id WHERE o.id = ?1")
                .setParameter(1, officerId)
                .getSingleResult();
    return em.createQuery(
            "SELECT u.path FROM Account a JOIN a.scopeUnit u JOIN a.roles r"
                + " WHERE a.enabled = :enabled AND r = :role",
            String.class)
        .setParameter("enabled", true)
        .setParameter("role", org.constable.security.Role.HR)
        .getResultStream()
        .filter(path::startsWith)
        .count();
  }

  private String policeNumber(long officerId) {
    return (String)
        em.createNativeQuery("SELECT police_number FROM officer WHERE id = ?1")
            .setParameter(1, officerId)
            .getSingleResult();
  }

  private long count(String sql, Object value) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, value).getSingleResult())
        .longValue();
  }
}
