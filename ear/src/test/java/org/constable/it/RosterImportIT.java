package org.constable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.audit.AuditEntry;
import org.constable.audit.AuditTrail;
import org.constable.personnel.IdNumber;
import org.constable.personnel.ImportReport;
import org.constable.personnel.OfficerHistoryEntry;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.RosterImport;
import org.constable.personnel.RosterRejectedException;
import org.constable.personnel.RosterRow;
import org.constable.personnel.RowError;
import org.constable.personnel.UnitKind;
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

  private static final String COUNTY = "临河区公安分局";

  /** Not a region of the demo force, so these ID numbers are nobody's yet. */
  private static final String FRESH_REGION = "110101";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(RosterImportIT.class, AsUser.class, AsUser.ThrowingRunnable.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject RosterImport rosterImport;
  @Inject OfficerRegister register;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A valid, unused ID number: the n-th day after 1 January 1980 is the birth date. */
  private static String idNumber(String region, int n) {
    String birth = LocalDate.of(1980, 1, 1).plusDays(n).format(DateTimeFormatter.BASIC_ISO_DATE);
    return IdNumber.withCheckDigit(region + birth + "001").value();
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
    List<String> units = unitCodesUnder(countyPath());
    String stationA = units.get(1);
    String stationB = units.get(2);
    LocalDate today = LocalDate.now(clock);
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long existing =
              register.create(
                  OfficerInput.of(values("700004", idNumber(FRESH_REGION, 4), stationA)));
          String[] moved = values("700004", idNumber(FRESH_REGION, 4), stationB);
          moved[12] = "BAMJ";
          var rows =
              List.of(
                  row(2, values("700001", idNumber(FRESH_REGION, 1), stationA)),
                  row(3, values("700002", idNumber(FRESH_REGION, 2), stationA)),
                  row(4, values("700003", idNumber(FRESH_REGION, 3), stationB)),
                  row(5, moved));

          assertEquals(new ImportReport(3, 1), rosterImport.importRoster(rows));

          assertEquals(stationB, unitCodeOf("700003"));
          long created = officerId("700001");
          assertEquals(List.of("IMPORT_CREATE"), actions(created));
          assertEquals(stationB, unitCodeOf("700004"));
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
    String station = unitCodesUnder(countyPath()).get(1);
    String takenId = anyIdNumberUnder(countyPath());
    String[] badChecksum = values("700103", idNumber(FRESH_REGION, 103), station);
    badChecksum[3] = badChecksum[3].substring(0, 17) + (badChecksum[3].endsWith("0") ? "1" : "0");
    String[] noNameNoUnit = values("700105", idNumber(FRESH_REGION, 105), "999999999999");
    noNameNoUnit[1] = "";
    String[] futureDate = values("700106", idNumber(FRESH_REGION, 106), station);
    futureDate[4] = LocalDate.now(clock).plusDays(1).toString();
    futureDate[5] = "";
    var rows =
        List.of(
            row(2, values("700101", idNumber(FRESH_REGION, 101), station)),
            row(3, badChecksum),
            row(4, values("700101", idNumber(FRESH_REGION, 104), station)),
            row(5, noNameNoUnit),
            row(6, futureDate),
            row(7, values("700107", takenId, station)),
            row(8, values("700108", idNumber(FRESH_REGION, 108), station)));

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
    assertEquals(0L, officersNumbered("7001%"), "nothing of a rejected roster is saved");
  }

  @Test
  void aUnitOrAnOfficerOfAnotherCountyIsRefused() throws Exception {
    String own = unitCodesUnder(countyPath()).get(1);
    String otherPath = otherCounty().getPath();
    String foreignUnit = unitCodesUnder(otherPath).get(1);
    String foreignOfficer = firstPoliceNumberUnder(otherPath);
    var rows =
        List.of(
            row(2, values("700201", idNumber(FRESH_REGION, 201), foreignUnit)),
            row(3, values(foreignOfficer, idNumber(FRESH_REGION, 203), own)),
            row(4, values("700204", idNumber(FRESH_REGION, 204), own)));
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
    assertEquals(0L, officersNumbered("7002%"));
  }

  @Test
  void threeThousandRowsImportInOneGo() throws Exception {
    List<String> units = unitCodesUnder(countyPath());
    List<RosterRow> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String policeNumber = String.valueOf(703000 + i);
      String unit = units.get(i % units.size());
      rows.add(row(i + 2, values(policeNumber, idNumber("110102", i), unit)));
    }
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long start = System.nanoTime();
          ImportReport report = rosterImport.importRoster(rows);
          long millis = (System.nanoTime() - start) / 1_000_000;
          System.out.println("RosterImportIT: 3,000 rows imported in " + millis + " ms");
          assertEquals(new ImportReport(3000, 0), report);
        });
    assertEquals(
        3000L, officersNumbered("703%") + officersNumbered("704%") + officersNumbered("705%"));
  }

  private static Set<String> keys(List<RowError> errors) {
    return errors.stream()
        .map(e -> e.rowNumber() + " " + e.field() + " " + e.messageKey())
        .collect(Collectors.toSet());
  }

  private String countyPath() {
    return em.createQuery("SELECT u.path FROM OrgUnit u WHERE u.nameZh = :name", String.class)
        .setParameter("name", COUNTY)
        .getSingleResult();
  }

  /** A county bureau other than hr-county's. */
  private OrgUnit otherCounty() {
    return em.createQuery(
            "SELECT u FROM OrgUnit u WHERE u.kind = :kind AND u.nameZh <> :county ORDER BY u.code",
            OrgUnit.class)
        .setParameter("kind", UnitKind.COUNTY_BUREAU)
        .setParameter("county", COUNTY)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** The open units under a path, the bureau itself first. */
  private List<String> unitCodesUnder(String path) {
    return em.createQuery(
            "SELECT u.code FROM OrgUnit u WHERE u.path LIKE :path AND u.closed = :closed"
                + " ORDER BY u.path, u.code",
            String.class)
        .setParameter("path", path + "%")
        .setParameter("closed", false)
        .getResultList();
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

  private long officersNumbered(String pattern) {
    return em.createQuery(
            "SELECT COUNT(o) FROM Officer o WHERE o.policeNumber LIKE :pattern", Long.class)
        .setParameter("pattern", pattern)
        .getSingleResult();
  }

  private List<String> actions(long officerId) {
    return audit.historyOf("Officer", officerId).stream().map(AuditEntry::getAction).toList();
  }
}
