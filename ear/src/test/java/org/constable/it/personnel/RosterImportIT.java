package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.audit.AuditEntry;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.it.Unique;
import org.constable.personnel.IdNumber;
import org.constable.personnel.ImportReport;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerHistoryEntry;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OfficerRow;
import org.constable.personnel.OfficerSort;
import org.constable.personnel.RosterImport;
import org.constable.personnel.RosterPreview;
import org.constable.personnel.RosterRejectedException;
import org.constable.personnel.RosterRow;
import org.constable.personnel.RowError;
import org.constable.platform.Progress;
import org.constable.reference.ReferenceLists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roster import as county HR runs it: created and updated officers with history and audit,
 * all-or-nothing rejection with every bad row and column, scope, and a 3,000-row roster.
 */
@ExtendWith(ArquillianExtension.class)
class RosterImportIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(RosterImportIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject RosterImport rosterImport;
  @Inject OfficerRegister register;
  @Inject ReferenceLists references;
  @Inject AuditTrail audit;
  @Inject OfficerDirectory directory;
  @Inject Clock clock;

  /** A row of a new officer: its police number and an ID number of its own. */
  private static String[] values(int policeNumber, String unitCode) {
    return values(String.valueOf(policeNumber), Unique.idNumber(policeNumber), unitCode);
  }

  private static String[] values(String policeNumber, String idNumber, String unitCode) {
    return new String[] {
      policeNumber,
      "王伟",
      "汉族",
      idNumber,
      "2005-07-01",
      "2005-07-01",
      "RECRUITMENT",
      "POLICE",
      "",
      "JS1",
      "KY",
      "ZA",
      "SQMJ",
      "是",
      "ON_DUTY",
      "BACHELOR",
      "13904781234",
      unitCode
    };
  }

  private static RosterRow row(int rowNumber, String[] values) {
    return new RosterRow(rowNumber, OfficerInput.of(values));
  }

  @Test
  void aGoodRosterCreatesNewOfficersAndUpdatesAnExistingOneWithHistory() throws Exception {
    List<String> units = fixtures().openUnitCodesUnder(fixtures().county().getPath());
    String stationA = units.get(1);
    String stationB = units.get(2);
    LocalDate today = LocalDate.now(clock);
    int n = Unique.policeNumbers(em, 4);
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long existing = register.create(OfficerInput.of(values(n + 3, stationA)));
          String[] moved = values(n + 3, stationB);
          moved[12] = "BAMJ";
          var rows =
              List.of(
                  row(2, values(n, stationA)),
                  row(3, values(n + 1, stationA)),
                  row(4, values(n + 2, stationB)),
                  row(5, moved));

          assertEquals(new ImportReport(3, 1), rosterImport.importRoster(rows));

          assertEquals(stationB, unitCodeOf(String.valueOf(n + 2)));
          long created = officerId(String.valueOf(n));
          assertEquals(List.of("IMPORT_CREATE"), actions(created));
          assertEquals(stationB, unitCodeOf(String.valueOf(n + 3)));
          List<OfficerHistoryEntry> history = register.history(existing);
          Set<String> changes =
              history.stream()
                  .map(h -> h.getAttribute() + " " + h.getNewValue() + " " + h.getEffectiveDate())
                  .collect(Collectors.toSet());
          assertEquals(Set.of("UNIT " + stationB + " " + today, "POST BAMJ " + today), changes);
          assertEquals("IMPORT_UPDATE", actions(existing).get(0));
        });
  }

  @Test
  void aRosterWithBadRowsSavesNothingAndReportsEveryBadRowAndColumn() throws Exception {
    String countyPath = fixtures().county().getPath();
    String station = fixtures().openUnitCodesUnder(countyPath).get(1);
    String takenId = anyIdNumberUnder(countyPath);
    int n = Unique.policeNumbers(em, 8);
    String[] badChecksum = values(n + 2, station);
    badChecksum[3] = badChecksum[3].substring(0, 17) + (badChecksum[3].endsWith("0") ? "1" : "0");
    String[] noNameNoUnit = values(n + 4, "999999999999");
    noNameNoUnit[1] = "";
    String[] futureDate = values(n + 5, station);
    futureDate[4] = LocalDate.now(clock).plusDays(1).toString();
    futureDate[5] = "";
    String[] samePoliceNumber = values(n + 3, station);
    samePoliceNumber[0] = String.valueOf(n);
    var rows =
        List.of(
            row(2, values(n, station)),
            row(3, badChecksum),
            row(4, samePoliceNumber),
            row(5, noNameNoUnit),
            row(6, futureDate),
            row(7, values(String.valueOf(n + 6), takenId, station)),
            row(8, values(n + 7, station)));

    AsUser.run(
        em,
        "hr-county",
        () -> {
          var rejected =
              assertThrows(RosterRejectedException.class, () -> rosterImport.importRoster(rows));
          assertEquals(
              Set.of(
                  "3 idNumber personnel.idNumber.checksum",
                  "4 policeNumber roster.row.duplicatePoliceNumber",
                  "5 name personnel.field.required",
                  "5 unitCode personnel.field.unknownUnit",
                  "6 firstEmploymentDate personnel.field.dateInFuture",
                  "7 idNumber personnel.field.idNumberTaken"),
              keys(rejected.getErrors()));
        });
    assertEquals(0L, officersNumbered(n, 8), "nothing of a rejected roster is saved");
  }

  @Test
  void aUnitOrAnOfficerOfAnotherCountyIsRefused() throws Exception {
    String own = fixtures().openUnitCodesUnder(fixtures().county().getPath()).get(1);
    String otherPath = fixtures().otherCounty().getPath();
    String foreignUnit = fixtures().openUnitCodesUnder(otherPath).get(1);
    String foreignOfficer = firstPoliceNumberUnder(otherPath);
    int n = Unique.policeNumbers(em, 3);
    var rows =
        List.of(
            row(2, values(n, foreignUnit)),
            row(3, values(foreignOfficer, Unique.idNumber(n + 1), own)),
            row(4, values(n + 2, own)));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var rejected =
              assertThrows(RosterRejectedException.class, () -> rosterImport.importRoster(rows));
          assertEquals(
              Set.of(
                  "2 unitCode personnel.field.unknownUnit", "3 policeNumber roster.row.notAllowed"),
              keys(rejected.getErrors()));
        });
    assertEquals(0L, officersNumbered(n, 3));
  }

  @Test
  void aRetiredCodeStaysOnItsHolderAndANameTypedIsTakenForItsCode() throws Exception {
    String station = fixtures().openUnitCodesUnder(fixtures().county().getPath()).get(1);
    String code = Unique.code("R");
    int n = Unique.policeNumbers(em, 2);
    AsUser.run(em, "admin", () -> references.add("POST", code, "旧岗位", "Old Post"));
    String[] holder = values(n, station);
    holder[12] = code;
    AsUser.run(em, "hr-county", () -> register.create(OfficerInput.of(holder)));
    long version =
        em.createQuery(
                "SELECT r.version FROM ReferenceItem r WHERE r.listCode = 'POST' AND r.code = :c",
                Long.class)
            .setParameter("c", code)
            .getSingleResult();
    AsUser.run(em, "admin", () -> references.setActive("POST", code, false, version));

    String[] again = values(n, station);
    again[12] = code;
    again[16] = "13904785555";
    String[] newcomer = values(n + 1, station);
    newcomer[12] = code;
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var rejected =
              assertThrows(
                  RosterRejectedException.class,
                  () -> rosterImport.importRoster(List.of(row(2, again), row(3, newcomer))));
          assertEquals(
              Set.of("3 postCode personnel.field.unknownCode"), keys(rejected.getErrors()));

          newcomer[12] = "社区民警";
          assertEquals(
              new ImportReport(1, 1),
              rosterImport.importRoster(List.of(row(2, again), row(3, newcomer))));
          assertEquals(code, register.input(officerId(String.valueOf(n))).postCode());
          assertEquals("13904785555", register.input(officerId(String.valueOf(n))).phone());
          assertEquals("SQMJ", register.input(officerId(String.valueOf(n + 1))).postCode());
        });
  }

  @Test
  void threeThousandRowsImportInOneGo() throws Exception {
    List<String> units = fixtures().openUnitCodesUnder(fixtures().county().getPath());
    int n = Unique.policeNumbers(em, 3000);
    List<RosterRow> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      rows.add(row(i + 2, values(n + i, units.get(i % units.size()))));
    }
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var progress = new Progress();
          RosterPreview preview = rosterImport.preview(rows, progress);
          assertEquals(
              List.of(3000, 0, 0),
              List.of(preview.created(), preview.updated(), preview.unchanged()));
          assertEquals(RosterImport.CHECKING, progress.phase());
          assertEquals(
              List.of(3000, 3000, 100),
              List.of(progress.done(), progress.total(), progress.percent()));
          assertEquals(0L, officersNumbered(n, 3000), "a preview saves nothing");

          long start = System.nanoTime();
          ImportReport report = rosterImport.importRoster(rows, progress);
          long millis = (System.nanoTime() - start) / 1_000_000;
          System.out.println("RosterImportIT: 3,000 rows imported in " + millis + " ms");
          assertEquals(new ImportReport(3000, 0), report);
          assertEquals(RosterImport.SAVING, progress.phase());
          assertEquals(3000, progress.done());
        });
    assertEquals(3000L, officersNumbered(n, 3000));
  }

  @Test
  void namesSortAndAreFoundByPinyinWholeOrByInitials() throws Exception {
    String station = fixtures().openUnitCodesUnder(fixtures().county().getPath()).get(0);
    long unitId =
        em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.code = :c", Long.class)
            .setParameter("c", station)
            .getSingleResult();
    int n = Unique.policeNumbers(em, 3);
    String[][] named = {values(n, station), values(n + 1, station), values(n + 2, station)};
    named[0][1] = "曾祺瑞"; // zeng: the surname's own reading, not ceng
    named[1][1] = "安宁远";
    named[2][1] = "单一帆"; // shan, not dan
    AsUser.run(
        em,
        "hr-county",
        () -> {
          rosterImport.importRoster(List.of(row(2, named[0]), row(3, named[1]), row(4, named[2])));
          for (String[] typed :
              new String[][] {
                {"zengqi", "曾祺瑞"}, {"Shan Yi", "单一帆"}, {"any", "安宁远"}, {"zqr", "曾祺瑞"}
              }) {
            List<String> found =
                directory
                    .search(
                        new OfficerFilter(typed[0], unitId, null, null, null, null),
                        OfficerSort.DEFAULT,
                        0,
                        50)
                    .stream()
                    .map(OfficerRow::name)
                    .toList();
            assertTrue(found.contains(typed[1]), typed[0] + " → " + found);
          }
          List<String> byName = new ArrayList<>();
          var inStation = new OfficerFilter(null, unitId, null, null, null, null);
          for (int first = 0; byName.size() < 3 && first < 5000; first += 200) {
            directory.search(inStation, OfficerSort.by("name", true), first, 200).stream()
                .map(OfficerRow::name)
                .filter(name -> List.of("曾祺瑞", "安宁远", "单一帆").contains(name))
                .forEach(byName::add);
          }
          assertEquals(List.of("安宁远", "单一帆", "曾祺瑞"), byName, "an, shan, zeng");
        });
  }

  @Test
  void aPreviewNamesTheChangedFieldsAndAMaskStandsForTheNumberOnRecord() throws Exception {
    String station = fixtures().openUnitCodesUnder(fixtures().county().getPath()).get(0);
    int n = Unique.policeNumbers(em, 2);
    String[] first = values(n, station);
    String[] second = values(n + 1, station);
    AsUser.run(
        em,
        "hr-county",
        () -> {
          rosterImport.importRoster(List.of(row(2, first), row(3, second)));
          String[] changed = first.clone();
          changed[3] = IdNumber.masked(first[3]); // as the export writes it
          changed[14] = "SICK_LEAVE";
          String[] same = second.clone();
          same[3] = IdNumber.masked(second[3]);
          RosterPreview preview =
              rosterImport.preview(List.of(row(2, changed), row(3, same)), Progress.NONE);
          assertEquals(
              List.of(0, 1, 1), List.of(preview.created(), preview.updated(), preview.unchanged()));
          assertEquals(1, preview.changes().size());
          var change = preview.changes().get(0);
          assertEquals(String.valueOf(n), change.policeNumber());
          assertEquals(
              List.of(new RosterPreview.FieldChange("status", "ON_DUTY", "SICK_LEAVE")),
              change.fields());
          assertEquals(
              new ImportReport(0, 1),
              rosterImport.importRoster(List.of(row(2, changed), row(3, same))));
          assertEquals(
              first[3],
              em.createQuery(
                      "SELECT o.idNumber FROM Officer o WHERE o.policeNumber = :n", String.class)
                  .setParameter("n", String.valueOf(n))
                  .getSingleResult());
        });
  }

  private static Set<String> keys(List<RowError> errors) {
    return errors.stream()
        .map(e -> e.rowNumber() + " " + e.field() + " " + e.messageKey())
        .collect(Collectors.toSet());
  }

  private String firstPoliceNumberUnder(String path) {
    return em.createQuery(
            "SELECT o.policeNumber FROM Officer o WHERE o.unit.path LIKE :path"
                + " ORDER BY o.policeNumber",
            String.class)
        .setParameter("path", path + "%")
        .setMaxResults(1)
        .getSingleResult();
  }

  private String anyIdNumberUnder(String path) {
    return em.createQuery(
            "SELECT o.idNumber FROM Officer o WHERE o.unit.path LIKE :path ORDER BY o.policeNumber",
            String.class)
        .setParameter("path", path + "%")
        .setMaxResults(1)
        .getSingleResult();
  }

  private long officerId(String policeNumber) {
    return em.createQuery("SELECT o.id FROM Officer o WHERE o.policeNumber = :n", Long.class)
        .setParameter("n", policeNumber)
        .getSingleResult();
  }

  private String unitCodeOf(String policeNumber) {
    return em.createQuery(
            "SELECT o.unit.code FROM Officer o WHERE o.policeNumber = :n", String.class)
        .setParameter("n", policeNumber)
        .getSingleResult();
  }

  /** The officers whose police numbers lie in [first, first + count). */
  private long officersNumbered(int first, int count) {
    return em.createQuery(
            "SELECT COUNT(o) FROM Officer o WHERE o.policeNumber BETWEEN :from AND :to", Long.class)
        .setParameter("from", String.valueOf(first))
        .setParameter("to", String.valueOf(first + count - 1))
        .getSingleResult();
  }

  private DemoFixtures fixtures() {
    return new DemoFixtures(em);
  }

  private List<String> actions(long officerId) {
    return audit.historyOf("Officer", officerId).stream().map(AuditEntry::getAction).toList();
  }
}
