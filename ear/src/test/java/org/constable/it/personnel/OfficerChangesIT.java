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
import org.constable.personnel.Education;
import org.constable.personnel.FieldError;
import org.constable.personnel.InvalidInputException;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerChanges;
import org.constable.personnel.OfficerHistoryEntry;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.UnitKind;
import org.constable.platform.AccessDeniedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One aspect of a career at a time, as the coming capabilities change it: each change a dated
 * history entry and an audit entry, within HR's scope, with active codes only.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerChangesIT {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(OfficerChangesIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OfficerChanges changes;
  @Inject OfficerRegister register;
  @Inject AuditTrail audit;

  @Test
  void eachChangeIsADatedHistoryEntryAndAnAuditEntry() throws Exception {
    var fixtures = new DemoFixtures(em);
    String county = fixtures.county().getCode();
    String station =
        fixtures.firstUnder(fixtures.county().getPath(), UnitKind.STATION_URBAN).getCode();
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long id = newOfficer(county);
          changes.changeGrade(id, "FZRKY", DAY);
          changes.changeRank(id, "JS3", DAY);
          changes.changeStatus(id, OfficerStatus.OFF_POST_TRAINING, DAY);
          changes.recordEducation(id, Education.MASTER, DAY);
          changes.changePost(id, "法制员", DAY); // a name typed is its code
          changes.changeLine(id, "FZ", DAY);
          changes.transfer(id, station, DAY);

          List<String> history =
              register.history(id).stream().map(OfficerChangesIT::describe).toList();
          assertEquals(
              List.of(
                  "UNIT " + county + " > " + station,
                  "LINE ZA > FZ",
                  "POST SQMJ > FZY",
                  "EDUCATION BACHELOR > MASTER",
                  "STATUS ON_DUTY > OFF_POST_TRAINING",
                  "RANK JY2 > JS3",
                  "GRADE KY > FZRKY"),
              history);
          // the change log names the units and who recorded the changes
          var log = register.changeLog(id);
          assertEquals(county, log.get(0).oldUnit().code());
          assertEquals(station, log.get(0).newUnit().code());
          assertEquals(fixtures.county().getNameZh(), log.get(0).oldUnit().nameZh());
          String recorder = AsUser.policeNumber(em, "hr-county");
          assertEquals(recorder, log.get(0).recordedBy());
          assertEquals(
              em.createNamedQuery("Officer.findByPoliceNumber", Officer.class)
                  .setParameter("policeNumber", recorder)
                  .getSingleResult()
                  .getName(),
              log.get(0).recorderName());
          assertEquals(null, log.get(1).oldUnit(), "only a unit change carries units");
          assertEquals(
              List.of(
                  "TRANSFER",
                  "CHANGE_LINE",
                  "CHANGE_POST",
                  "RECORD_EDUCATION",
                  "CHANGE_STATUS",
                  "CHANGE_RANK",
                  "CHANGE_GRADE",
                  "CREATE"),
              audit.historyOf("Officer", id).stream().map(AuditEntry::getAction).toList());
          assertEquals("FZRKY", register.input(id).gradeCode());
          assertEquals(station, register.input(id).unitCode());
        });
  }

  @Test
  void aValueTheOfficerHasAlreadyRecordsNothing() throws Exception {
    String county = new DemoFixtures(em).county().getCode();
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long id = newOfficer(county);
          changes.changeGrade(id, "KY", DAY);
          changes.changeStatus(id, OfficerStatus.ON_DUTY, DAY);
          assertEquals(List.of(), register.history(id));
          assertEquals(1, audit.historyOf("Officer", id).size());
        });
  }

  @Test
  void unknownCodesFarFutureDaysOtherCountiesAndOtherRolesAreRefused() throws Exception {
    var fixtures = new DemoFixtures(em);
    String county = fixtures.county().getCode();
    long stranger = fixtures.policeOfficerUnder(fixtures.otherCounty().getPath(), 0);
    String otherUnit = fixtures.otherCounty().getCode();
    long id =
        AsUser.call(
            em,
            "hr-county",
            () -> {
              long created = newOfficer(county);
              assertEquals(
                  List.of("gradeCode:personnel.field.unknownCode"),
                  refusal(() -> changes.changeGrade(created, "XX9", DAY)));
              assertEquals(
                  List.of("effectiveDate:personnel.field.effectiveDate"),
                  refusal(() -> changes.changeRank(created, "JS3", DAY.plusYears(2))));
              assertEquals(
                  List.of("unitCode:personnel.field.unknownUnit"),
                  refusal(() -> changes.transfer(created, otherUnit, DAY)));
              assertThrows(
                  AccessDeniedException.class, () -> changes.changeGrade(stranger, "FZRKY", DAY));
              return created;
            });
    AsUser.run(
        em,
        "leader",
        () ->
            assertThrows(AccessDeniedException.class, () -> changes.changeGrade(id, "FZRKY", DAY)));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertEquals(List.of(), register.history(id));
          assertEquals("KY", register.input(id).gradeCode());
        });
  }

  private long newOfficer(String unitCode) {
    int number = Unique.policeNumbers(em, 1);
    return register.create(
        OfficerInput.of(
            String.valueOf(number),
            "变动甲",
            "汉族",
            Unique.idNumber(number),
            "2010-07-01",
            "2010-07-01",
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

  private static List<String> refusal(Runnable change) {
    var e = assertThrows(InvalidInputException.class, change::run);
    return e.getErrors().stream().map((FieldError f) -> f.field() + ":" + f.messageKey()).toList();
  }

  private static String describe(OfficerHistoryEntry entry) {
    return entry.getAttribute() + " " + entry.getOldValue() + " > " + entry.getNewValue();
  }
}
