package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.constable.personnel.IdNumber;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OfficerSort;
import org.constable.platform.ClockProducer;
import org.constable.security.CurrentUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The masked ID number holds against everything else a role reads about the officer (the record,
 * the list row, the edit form, the change record): none of them carries the region or the sequence
 * digits, so the birth date shown beside the mask does not rebuild the number.
 */
@ExtendWith(ArquillianExtension.class)
class IdNumberMaskIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(IdNumberMaskIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OfficerDirectory directory;
  @Inject OfficerRegister register;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  @Test
  void theOfficerSeesItsOwnRecordWithoutTheRegionOrSequenceDigits() throws Exception {
    AsUser.run(
        em,
        "officer",
        () -> {
          long id = currentUser.require().officerId();
          String record = directory.find(id).toString();
          assertHolds(idNumberOf(id), record);
        });
  }

  @Test
  void hrReadsRowRecordAndEditFormMaskedAndTheWholeNumberOnlyByAnAuditedRequest() throws Exception {
    long id =
        AsUser.call(
            em,
            "hr-county",
            () -> new DemoFixtures(em).policeOfficerUnder(currentUser.require().unitPath(), 1));
    String whole = idNumberOf(id);
    int viewsBefore = views(id);
    AsUser.run(
        em,
        "hr-county",
        () -> {
          String policeNumber = directory.find(id).policeNumber();
          var filter = new OfficerFilter(policeNumber, null, null, null, null, null);
          String row =
              directory.search(filter, OfficerSort.DEFAULT, 0, 10).stream()
                  .filter(r -> r.id() == id)
                  .findFirst()
                  .orElseThrow()
                  .toString();
          assertHolds(whole, row);
          assertHolds(whole, directory.find(id).toString());
          OfficerInput form = register.input(id);
          assertHolds(whole, form.toString());
          // saving the form with its mask untouched keeps the number and reveals nothing
          register.update(id, form, LocalDate.now(ClockProducer.ZONE), version(id));
        });
    assertEquals(whole, idNumberOf(id));
    assertEquals(viewsBefore, views(id));

    assertEquals(whole, AsUser.call(em, "hr-county", () -> directory.revealIdNumber(id)));
    assertEquals(viewsBefore + 1, views(id));
  }

  @Test
  void theChangeRecordNamesEveryChangedFieldButHoldsNoWholeNumber() throws Exception {
    long id =
        AsUser.call(
            em,
            "hr-county",
            () -> new DemoFixtures(em).policeOfficerUnder(currentUser.require().unitPath(), 2));
    String old = idNumberOf(id);
    // a number of its own (not Unique's, which belongs to the test police numbers), in a Beijing
    // region the demo force never uses
    long n = System.nanoTime();
    String newNumber =
        IdNumber.withCheckDigit(
                "110106"
                    + LocalDate.of(1960, 1, 1).plusDays(n % 9000).toString().replace("-", "")
                    + String.format("%03d", (n / 9000) % 1000))
            .value();
    AsUser.run(
        em,
        "hr-county",
        () -> {
          String[] values = register.input(id).values();
          values[3] = newNumber;
          values[2] = "回族".equals(values[2]) ? "汉族" : "回族";
          values[8] = "U" + (System.nanoTime() % 100000);
          values[16] = "1390478" + String.format("%04d", System.nanoTime() % 10000);
          register.update(
              id, OfficerInput.of(values), LocalDate.now(ClockProducer.ZONE), version(id));
        });
    assertEquals(newNumber, idNumberOf(id));

    AuditEntry entry = AsUser.auditOf(em, audit, "Officer", id).get(0);
    for (String field : List.of("idNumber", "ethnicity", "uniformNumber", "phone")) {
      assertTrue(entry.getChanges().contains("\"" + field + "\""), entry.getChanges());
    }
    assertHolds(old, entry.getChanges());
    assertHolds(newNumber, entry.getChanges());
  }

  /**
   * The text may show the mask, the birth date and the gender, and a unit code that often equals
   * the region of birth; never the sequence and check digits, nor region and birth date together:
   * at least the three sequence digits stay unknown, so hundreds of numbers remain.
   */
  private static void assertHolds(String whole, String text) {
    assertFalse(text.contains(whole), text);
    assertFalse(text.contains(whole.substring(0, 14)), "region and birth date in " + text);
    assertFalse(text.contains(whole.substring(14)), "sequence digits in " + text);
    assertTrue(text.contains(whole.substring(0, 2) + "*".repeat(16)), text);
  }

  private String idNumberOf(long id) {
    em.clear();
    return em.find(Officer.class, id).getIdNumber();
  }

  private long version(long id) {
    em.clear();
    return em.find(Officer.class, id).getVersion();
  }

  private int views(long id) throws Exception {
    return (int)
        AsUser.auditOf(em, audit, "Officer", id).stream()
            .filter(e -> e.getAction().equals("VIEW_ID_NUMBER"))
            .count();
  }
}
