package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.it.Unique;
import org.constable.personnel.FieldError;
import org.constable.personnel.InvalidInputException;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerHistoryEntry.Attribute;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.RecruitMentoring;
import org.constable.personnel.RecruitRow;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.constable.platform.ConcurrentEditException;
import org.constable.reference.ReferenceLists;
import org.constable.security.CurrentUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The officer register's writes: history on transfer, scope, validation, optimistic locking. */
@ExtendWith(ArquillianExtension.class)
class OfficerRegisterIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(OfficerRegisterIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OfficerRegister register;
  @Inject RecruitMentoring mentoring;
  @Inject ReferenceLists lists;
  @Inject OfficerDirectory directory;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  @Test
  void aTransferAndAPostChangeBecomeDatedHistoryAndAnAuditEntry() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          String scope = currentUser.require().unitPath();
          long id = fixtures().policeOfficerUnder(scope, 0);
          List<String> units = fixtures().openUnitCodesUnder(scope);
          OfficerInput before = register.input(id);
          String otherUnit =
              units.stream().filter(u -> !u.equals(before.unitCode())).findFirst().orElseThrow();
          String otherPost = "SQMJ".equals(before.postCode()) ? "BAMJ" : "SQMJ";
          LocalDate effective = LocalDate.of(2026, 11, 1);

          register.update(id, with(before, 12, otherPost, 17, otherUnit), effective, version(id));

          var history = register.history(id);
          assertTrue(
              history.stream()
                  .anyMatch(
                      h ->
                          h.getAttribute() == Attribute.UNIT
                              && h.getOldValue().equals(before.unitCode())
                              && h.getNewValue().equals(otherUnit)
                              && h.getEffectiveDate().equals(effective)),
              history.toString());
          assertTrue(
              history.stream()
                  .anyMatch(
                      h ->
                          h.getAttribute() == Attribute.POST && otherPost.equals(h.getNewValue())));
          var entry = audit.historyOf("Officer", id).get(0);
          assertEquals("UPDATE", entry.getAction());
          assertTrue(entry.getChanges().contains(otherUnit), entry.getChanges());
        });
  }

  @Test
  void aStaleVersionLosesAndNothingIsWritten() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long id = fixtures().policeOfficerUnder(currentUser.require().unitPath(), 1);
          OfficerInput before = register.input(id);
          long stale = version(id);
          // a change the record does not hold yet, also when an earlier run made one
          String phone = "13904780001".equals(before.phone()) ? "13904780003" : "13904780001";
          register.update(id, with(before, 16, phone), LocalDate.of(2026, 11, 2), stale);
          assertThrows(
              ConcurrentEditException.class,
              () ->
                  register.update(
                      id, with(before, 16, "13904780002"), LocalDate.of(2026, 11, 2), stale));
          assertEquals(phone, register.input(id).phone());
        });
  }

  @Test
  void anotherCountysUnitOrOfficerIsOutOfReach() throws Exception {
    String otherCountyUnit =
        fixtures()
            .openUnitCodesUnder(fixtures().unitNamed(DemoFixtures.OTHER_COUNTY).getPath())
            .get(0);
    long otherCountyOfficer =
        fixtures().policeOfficerUnder(fixtures().unitNamed(DemoFixtures.OTHER_COUNTY).getPath(), 0);
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long id = fixtures().policeOfficerUnder(currentUser.require().unitPath(), 2);
          OfficerInput before = register.input(id);
          var refused =
              assertThrows(
                  InvalidInputException.class,
                  () ->
                      register.update(
                          id,
                          with(before, 17, otherCountyUnit),
                          LocalDate.of(2026, 11, 3),
                          version(id)));
          assertEquals(List.of("unitCode:personnel.field.unknownUnit"), keys(refused.getErrors()));
          assertThrows(AccessDeniedException.class, () -> register.input(otherCountyOfficer));
        });
    AsUser.run(
        em,
        "officer",
        () -> assertThrows(AccessDeniedException.class, () -> register.input(otherCountyOfficer)));
  }

  @Test
  void aNewOfficerIsCreatedOnlyWithValidFieldsAndUniqueNumbers() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          String unit = fixtures().openUnitCodesUnder(currentUser.require().unitPath()).get(0);
          int number = Unique.policeNumbers(em, 1);
          String policeNumber = String.valueOf(number);
          String id = Unique.idNumber(number);
          String badId = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
          var bad =
              assertThrows(
                  InvalidInputException.class,
                  () -> register.create(newOfficer(policeNumber, badId, unit)));
          assertEquals(List.of("idNumber:personnel.idNumber.checksum"), keys(bad.getErrors()));
          assertEquals(0L, countWithPoliceNumber(policeNumber));

          long created = register.create(newOfficer(policeNumber, id, unit));
          assertEquals(policeNumber, directory.find(created).policeNumber());
          var duplicate =
              assertThrows(
                  InvalidInputException.class,
                  () -> register.create(newOfficer(policeNumber, id, unit)));
          assertEquals(
              List.of(
                  "policeNumber:personnel.field.policeNumberTaken",
                  "idNumber:personnel.field.idNumberTaken"),
              keys(duplicate.getErrors()));
        });
  }

  @Test
  void aRecruitGetsAMentorOfItsOwnUnitAndLeavesTheListOfThoseWithout() throws Exception {
    AsUser.run(
        em,
        "hr-city",
        () -> {
          long without = mentoring.count(true);
          assertTrue(without > 0, "the demo force has recent recruits");
          RecruitRow recruit = mentoring.recruits(true, 0, 1).get(0);
          long unitId = em.find(Officer.class, recruit.id()).getUnit().getId();
          String colleague = seniorPoliceNumber("o.unit_id = ?1", unitId, recruit.id());
          String stranger = seniorPoliceNumber("o.unit_id <> ?1", unitId, recruit.id());

          var otherUnit =
              assertThrows(
                  BusinessException.class, () -> mentoring.assignMentor(recruit.id(), stranger));
          assertEquals("recruits.mentorOtherUnit", otherUnit.getMessageKey());
          var self =
              assertThrows(
                  BusinessException.class,
                  () -> mentoring.assignMentor(recruit.id(), recruit.policeNumber()));
          assertEquals("recruits.mentorNotEligible", self.getMessageKey());

          mentoring.assignMentor(recruit.id(), colleague);
          assertEquals(without - 1, mentoring.count(true));
          assertEquals(colleague, directory.find(recruit.id()).mentorPoliceNumber());
          assertEquals(
              "ASSIGN_MENTOR", audit.historyOf("Officer", recruit.id()).get(0).getAction());
        });
  }

  @Test
  void adminExtendsAReferenceListAndARetiredCodeIsKeptButNotGivenAnew() throws Exception {
    String code = Unique.code("X");
    AsUser.run(
        em,
        "hr-county",
        () ->
            assertThrows(
                AccessDeniedException.class, () -> lists.add("POST", code, "刑技", "Forensics")));
    AsUser.run(
        em,
        "admin",
        () -> lists.add("POST", code.toLowerCase(java.util.Locale.ROOT), "刑技", "Forensics"));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertTrue(lists.activeCodes().accepts("POST", code));
          long id = fixtures().policeOfficerUnder(currentUser.require().unitPath(), 3);
          OfficerInput before = register.input(id);
          register.update(id, with(before, 12, code), LocalDate.of(2026, 11, 4), version(id));
          assertEquals(code, register.input(id).postCode());
        });
    long itemVersion =
        em.createQuery(
                "SELECT r.version FROM ReferenceItem r WHERE r.listCode = 'POST' AND r.code = :code",
                Long.class)
            .setParameter("code", code)
            .getSingleResult();
    AsUser.run(em, "admin", () -> lists.setActive("POST", code, false, itemVersion));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long holder = fixtures().policeOfficerUnder(currentUser.require().unitPath(), 3);
          register.update(
              holder,
              with(register.input(holder), 16, "13904780003"),
              LocalDate.of(2026, 11, 5),
              version(holder));
          assertEquals(code, register.input(holder).postCode(), "kept on the record that has it");
          assertEquals("13904780003", register.input(holder).phone());
          long other = fixtures().policeOfficerUnder(currentUser.require().unitPath(), 4);
          var refused =
              assertThrows(
                  InvalidInputException.class,
                  () ->
                      register.update(
                          other,
                          with(register.input(other), 12, code),
                          LocalDate.of(2026, 11, 5),
                          version(other)));
          assertEquals(List.of("postCode:personnel.field.unknownCode"), keys(refused.getErrors()));
        });
  }

  /** An on-duty police officer who joined more than ten years ago, by a unit condition. */
  private String seniorPoliceNumber(String unitCondition, long unitId, long notId) {
    return (String)
        em.createNativeQuery(
                "SELECT MIN(o.police_number) FROM officer o WHERE "
                    + unitCondition
                    + " AND o.category = 'POLICE' AND o.status = 'ON_DUTY' AND o.id <> ?2"
                    + " AND o.police_join_date < ?3")
            .setParameter(1, unitId)
            .setParameter(2, notId)
            .setParameter(3, LocalDate.now(ClockProducer.ZONE).minusYears(10))
            .getSingleResult();
  }

  private static OfficerInput newOfficer(String policeNumber, String idNumber, String unit) {
    return OfficerInput.of(
        policeNumber,
        "新警甲",
        "汉族",
        idNumber,
        "2024-07-01",
        "2024-07-01",
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
        "13904789999",
        unit);
  }

  /** The input with some fields replaced: pairs of (field index, value). */
  private static OfficerInput with(OfficerInput input, Object... indexAndValue) {
    String[] values = input.values();
    for (int i = 0; i < indexAndValue.length; i += 2) {
      values[(Integer) indexAndValue[i]] = (String) indexAndValue[i + 1];
    }
    return OfficerInput.of(values);
  }

  private static List<String> keys(List<FieldError> errors) {
    return errors.stream().map(e -> e.field() + ":" + e.messageKey()).toList();
  }

  private long version(long id) {
    return em.find(Officer.class, id).getVersion();
  }

  private long countWithPoliceNumber(String policeNumber) {
    return em.createQuery("SELECT COUNT(o) FROM Officer o WHERE o.policeNumber = :p", Long.class)
        .setParameter("p", policeNumber)
        .getSingleResult();
  }

  private DemoFixtures fixtures() {
    return new DemoFixtures(em);
  }
}
