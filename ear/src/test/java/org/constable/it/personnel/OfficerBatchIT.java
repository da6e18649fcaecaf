package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.constable.audit.AuditEntry;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.it.Unique;
import org.constable.personnel.OfficerBatch;
import org.constable.personnel.OfficerHistoryEntry;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.UnitKind;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The officer list's batch changes in the service: every officer a dated history entry and an audit
 * entry as a single change makes, all of them or none, and never one outside the caller's scope.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerBatchIT {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(OfficerBatchIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OfficerBatch batch;
  @Inject OfficerRegister register;
  @Inject AuditTrail audit;

  @Test
  void aBatchTransferAndStatusChangeRecordEachOfficerAsASingleChangeWould() throws Exception {
    var fixtures = new DemoFixtures(em);
    String county = fixtures.county().getCode();
    String station =
        fixtures.firstUnder(fixtures.county().getPath(), UnitKind.STATION_URBAN).getCode();
    List<Long> ids =
        AsUser.call(
            em,
            "hr-county",
            () -> {
              List<Long> officers = List.of(newOfficer(county), newOfficer(county));
              assertEquals(2, batch.transfer(officers, station, DAY));
              // one already there: only the other changes
              long third = newOfficer(station);
              assertEquals(
                  2,
                  batch.changeStatus(
                      List.of(officers.get(0), third), OfficerStatus.OFF_POST_TRAINING, DAY));
              assertEquals(
                  0,
                  batch.changeStatus(
                      List.of(officers.get(0)), OfficerStatus.OFF_POST_TRAINING, DAY));
              return List.of(officers.get(0), officers.get(1), third);
            });
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertEquals(
              List.of(
                  "STATUS ON_DUTY > OFF_POST_TRAINING " + DAY,
                  "UNIT " + county + " > " + station + " " + DAY),
              history(ids.get(0)));
          assertEquals(
              List.of("UNIT " + county + " > " + station + " " + DAY), history(ids.get(1)));
          assertEquals(List.of("STATUS ON_DUTY > OFF_POST_TRAINING " + DAY), history(ids.get(2)));
          assertEquals(station, register.input(ids.get(1)).unitCode());
        });
    assertEquals(List.of("CHANGE_STATUS", "TRANSFER", "CREATE"), actions(ids.get(0)));
    assertEquals(List.of("TRANSFER", "CREATE"), actions(ids.get(1)));
    assertEquals(List.of("CHANGE_STATUS", "CREATE"), actions(ids.get(2)));
  }

  @Test
  void oneOfficerOfAnotherCountyRefusesTheWholeBatchAndNothingChanges() throws Exception {
    var fixtures = new DemoFixtures(em);
    String county = fixtures.county().getCode();
    String station =
        fixtures.firstUnder(fixtures.county().getPath(), UnitKind.STATION_URBAN).getCode();
    long stranger = fixtures.policeOfficerUnder(fixtures.otherCounty().getPath(), 0);
    String strangerStatus = AsUser.call(em, "hr-city", () -> register.input(stranger).status());
    List<Long> mine =
        AsUser.call(em, "hr-county", () -> List.of(newOfficer(county), newOfficer(county)));
    List<Long> mixed = List.of(mine.get(0), stranger, mine.get(1));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertThrows(AccessDeniedException.class, () -> batch.transfer(mixed, station, DAY));
          assertThrows(
              AccessDeniedException.class,
              () -> batch.changeStatus(mixed, OfficerStatus.SICK_LEAVE, DAY));
          for (long id : mine) {
            assertEquals(List.of(), history(id));
            assertEquals(county, register.input(id).unitCode());
            assertEquals("ON_DUTY", register.input(id).status());
          }
        });
    AsUser.run(
        em,
        "hr-city",
        () -> {
          assertEquals(strangerStatus, register.input(stranger).status(), "the stranger unchanged");
          assertEquals(
              List.of(),
              history(stranger).stream().filter(h -> h.contains(DAY.toString())).toList());
        });
    assertEquals(List.of("CREATE"), actions(mine.get(0)));
    // a leader reads its unit's officers but changes none
    AsUser.run(
        em,
        "leader",
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> batch.changeStatus(mine, OfficerStatus.SICK_LEAVE, DAY)));
  }

  @Test
  void anEmptyOrOversizedBatchOrAUnitOutsideTheScopeIsRefused() throws Exception {
    var fixtures = new DemoFixtures(em);
    String county = fixtures.county().getCode();
    String otherCounty = fixtures.otherCounty().getCode();
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var empty =
              assertThrows(
                  BusinessException.class,
                  () -> batch.changeStatus(List.of(), OfficerStatus.SICK_LEAVE, DAY));
          assertEquals(OfficerBatch.EMPTY, empty.getMessageKey());
          List<Long> tooMany =
              java.util.stream.LongStream.rangeClosed(1, OfficerBatch.MAX_OFFICERS + 1)
                  .boxed()
                  .toList();
          var oversized =
              assertThrows(
                  BusinessException.class,
                  () -> batch.changeStatus(tooMany, OfficerStatus.SICK_LEAVE, DAY));
          assertEquals(OfficerBatch.TOO_MANY, oversized.getMessageKey());
          long id = newOfficer(county);
          assertThrows(
              org.constable.personnel.InvalidInputException.class,
              () -> batch.transfer(List.of(id), otherCounty, DAY));
          assertEquals(List.of(), history(id));
        });
  }

  private List<String> history(long id) {
    return register.history(id).stream().map(OfficerBatchIT::describe).toList();
  }

  private List<String> actions(long id) throws Exception {
    return AsUser.auditOf(em, audit, "Officer", id).stream().map(AuditEntry::getAction).toList();
  }

  private long newOfficer(String unitCode) {
    int number = Unique.policeNumbers(em, 1);
    return register.create(
        OfficerInput.of(
            String.valueOf(number),
            "批量甲",
            "汉族",
            Unique.idNumber(number),
            "2012-07-01",
            "2012-07-01",
            "RECRUITMENT",
            "POLICE",
            null,
            "JY2",
            "KY",
            "ZA",
            "SQMJ",
            "是",
            "ON_DUTY",
            "BACHELOR",
            null,
            unitCode));
  }

  private static String describe(OfficerHistoryEntry entry) {
    return entry.getAttribute()
        + " "
        + entry.getOldValue()
        + " > "
        + entry.getNewValue()
        + " "
        + entry.getEffectiveDate();
  }
}
