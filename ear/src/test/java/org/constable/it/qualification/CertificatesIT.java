package org.constable.it.qualification;

import static org.constable.it.qualification.QualificationFixture.certificate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.it.Unique;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.constable.platform.NotFoundException;
import org.constable.qualification.CertificateFilter;
import org.constable.qualification.CertificateImport;
import org.constable.qualification.CertificateInput;
import org.constable.qualification.CertificateLine;
import org.constable.qualification.CertificateRow;
import org.constable.qualification.CertificateRowsRejectedException;
import org.constable.qualification.CertificateStatus;
import org.constable.qualification.Certificates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Officers' certificates in the real server: recorded with a scan, renewed with their history,
 * revoked with a reason; the workbook all or nothing; who may read, record and open a scan, by
 * scope and by hand-edited ids.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

  private static final byte[] PDF =
      "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(CertificatesIT.class, QualificationFixture.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OrgUnitAdministration units;
  @Inject OfficerRegister register;
  @Inject Certificates certificates;
  @Inject CertificateImport importer;
  @Inject AuditTrail audit;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void aRenewalReplacesTheCurrentCertificateAndTheHistoryStays() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var force = new QualificationFixture(em, units);
          long officer = force.officer(register, "SGCL", "BACHELOR");
          var scan = Attachment.checked("证书.pdf", PDF, Certificates.MAX_SCAN_BYTES);
          String number = Unique.code("AC");
          long old =
              certificates.record(
                  officer,
                  new CertificateInput("ACCIDENT", number, today.minusYears(5).plusDays(20), null),
                  scan);
          CertificateRow first = certificates.of(officer).get(0);
          // 5 years from the issue day, the day before the anniversary
          assertEquals(today.plusDays(19), first.expiresOn());
          assertEquals(CertificateStatus.EXPIRING, first.status());
          assertArrayEquals(PDF, certificates.scan(old).content());
          assertEquals(Attachment.PDF, certificates.scan(old).contentType());
          // the same number twice is refused
          var twice =
              assertThrows(
                  BusinessException.class,
                  () ->
                      certificates.record(
                          officer, new CertificateInput("ACCIDENT", number, today, null), null));
          assertEquals("qualification.certificate.numberTaken", twice.getMessageKey());

          long renewal =
              certificates.renew(
                  old,
                  new CertificateInput(null, number + "N", today, null),
                  null,
                  first.version());
          List<CertificateRow> rows = certificates.of(officer);
          assertEquals(2, rows.size());
          assertEquals(renewal, rows.get(0).id());
          assertEquals(CertificateStatus.VALID, rows.get(0).status());
          assertEquals(CertificateStatus.RENEWED, rows.get(1).status());
          assertEquals(renewal, rows.get(1).renewedById());
          var again =
              assertThrows(
                  BusinessException.class,
                  () ->
                      certificates.renew(
                          old,
                          new CertificateInput(null, number + "X", today, null),
                          null,
                          rows.get(1).version()));
          assertEquals("qualification.certificate.notCurrent", again.getMessageKey());

          var noReason =
              assertThrows(
                  BusinessException.class,
                  () -> certificates.revoke(renewal, today, " ", rows.get(0).version()));
          assertEquals("qualification.certificate.reasonRequired", noReason.getMessageKey());
          certificates.revoke(renewal, today, "违纪暂扣", rows.get(0).version());
          assertEquals(
              CertificateStatus.REVOKED,
              certificates.of(officer).stream()
                  .filter(r -> r.id() == renewal)
                  .findFirst()
                  .orElseThrow()
                  .status());
          assertEquals(
              Set.of("CREATE", "RENEWED"),
              audit.historyOf("OfficerCertificate", old).stream()
                  .map(e -> e.getAction())
                  .collect(Collectors.toSet()));
          assertEquals(
              Set.of("RENEW", "REVOKE"),
              audit.historyOf("OfficerCertificate", renewal).stream()
                  .map(e -> e.getAction())
                  .collect(Collectors.toSet()));
          // HR's list finds it by its status
          var revoked =
              certificates.search(
                  new CertificateFilter(number, force.unitId, null, CertificateStatus.REVOKED),
                  0,
                  20);
          assertEquals(List.of(renewal), revoked.stream().map(CertificateRow::id).toList());
        });
  }

  @Test
  void aScanIsJudgedByItsBytesAndItsSize() {
    var renamed =
        assertThrows(
            BusinessException.class,
            () ->
                Attachment.checked(
                    "scan.pdf", "not a pdf".getBytes(), Certificates.MAX_SCAN_BYTES));
    assertEquals("upload.type", renamed.getMessageKey());
    byte[] big = new byte[(int) Certificates.MAX_SCAN_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    var tooLarge =
        assertThrows(
            BusinessException.class,
            () -> Attachment.checked("scan.pdf", big, Certificates.MAX_SCAN_BYTES));
    assertEquals("upload.tooLarge", tooLarge.getMessageKey());
  }

  @Test
  void anOfficerReadsOnlyItsOwnAndACountysHrOnlyItsCounty() throws Exception {
    String policeNumber = AsUser.policeNumber(em, "officer");
    long own = officerId(policeNumber);
    long elsewhere =
        new DemoFixtures(em).policeOfficerUnder(new DemoFixtures(em).otherCounty().getPath(), 0);
    long[] ids =
        AsUser.call(
            em,
            "hr-county",
            () -> {
              var force = new QualificationFixture(em, units);
              long colleague = force.officer(register, "GLQ", "BACHELOR");
              long c =
                  certificates.record(
                      colleague,
                      new CertificateInput("ACCIDENT_SIMPLE", Unique.code("AS"), today, null),
                      Attachment.checked("s.pdf", PDF, Certificates.MAX_SCAN_BYTES));
              long mine = certificate(certificates, own, "ACCIDENT_SIMPLE", today, null);
              return new long[] {colleague, c, mine};
            });
    AsUser.run(
        em,
        "officer",
        () -> {
          assertTrue(certificates.of(own).stream().anyMatch(r -> r.id() == ids[2]));
          assertThrows(AccessDeniedException.class, () -> certificates.of(ids[0]));
          assertThrows(AccessDeniedException.class, () -> certificates.scan(ids[1]));
          assertThrows(
              AccessDeniedException.class,
              () -> certificates.search(CertificateFilter.none(), 0, 10));
          assertThrows(
              AccessDeniedException.class,
              () ->
                  certificates.record(
                      own, new CertificateInput("LE_BASIC", "X1", today, null), null));
        });
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertThrows(AccessDeniedException.class, () -> certificates.of(elsewhere));
          assertThrows(
              AccessDeniedException.class,
              () ->
                  certificates.record(
                      elsewhere,
                      new CertificateInput("LE_BASIC", Unique.code("LB"), today, null),
                      null));
          assertThrows(NotFoundException.class, () -> certificates.scan(Long.MAX_VALUE));
          assertThrows(NotFoundException.class, () -> certificates.of(Long.MAX_VALUE));
          // nothing of another county in its list
          String otherPath = new DemoFixtures(em).otherCounty().getPath();
          assertTrue(
              certificates.search(CertificateFilter.none(), 0, 1000).stream()
                  .noneMatch(r -> unitPathOf(r.officerId()).startsWith(otherPath)));
        });
  }

  @Test
  void aWorkbookWithABadRowSavesNothingAndListsEveryBadRow() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var force = new QualificationFixture(em, units);
          long a = force.officer(register, "GLQ", "BACHELOR");
          long b = force.officer(register, "CG", "BACHELOR");
          String pa = QualificationFixture.policeNumberOf(em, a);
          String pb = QualificationFixture.policeNumberOf(em, b);
          String outside =
              QualificationFixture.policeNumberOf(
                  em,
                  new DemoFixtures(em)
                      .policeOfficerUnder(new DemoFixtures(em).otherCounty().getPath(), 0));
          String n1 = Unique.code("W");
          var bad =
              List.of(
                  new CertificateLine(2, pa, "道路交通事故简易程序处理资格", n1, "2024/3/5", ""),
                  new CertificateLine(3, pb, "驾驶人考试员", n1 + "B", "2024.02.30", ""),
                  new CertificateLine(4, outside, "LE_BASIC", n1 + "C", "20240101", ""),
                  new CertificateLine(5, pb, "潜水证", n1 + "D", "2024-01-01", ""),
                  new CertificateLine(
                      6, pb, "Vehicle inspector", n1 + "E", "2024-01-01", "2023-01-01"),
                  new CertificateLine(7, pa, "道路交通事故简易程序处理资格", n1, "2024-01-01", ""));
          var rejected =
              assertThrows(CertificateRowsRejectedException.class, () -> importer.save(bad));
          assertEquals(
              List.of(3, 4, 5, 6, 7),
              rejected.getErrors().stream().map(e -> e.rowNumber()).toList());
          assertEquals(
              List.of(
                  "qualification.import.badDate",
                  "qualification.import.unknownOfficer",
                  "qualification.import.unknownType",
                  "qualification.certificate.expiresBeforeIssued",
                  "qualification.import.numberTwice"),
              rejected.getErrors().stream().map(e -> e.messageKey()).toList());
          assertEquals(0, certificates.of(a).size());

          var good =
              List.of(
                  new CertificateLine(2, pa, "道路交通事故简易程序处理资格", n1, "2024/3/5", ""),
                  new CertificateLine(
                      3, pb, "driving-test examiner", n1 + "B", "20240228", "2027-02-27"),
                  new CertificateLine(4, pb, "VEHICLE_INSPECTOR", n1 + "E", "2024.01.01", ""));
          assertEquals(3, importer.save(good));
          assertEquals(LocalDate.of(2029, 3, 4), certificates.of(a).get(0).expiresOn());
          assertEquals(
              Set.of("DRIVING_EXAMINER", "VEHICLE_INSPECTOR"),
              certificates.of(b).stream()
                  .map(CertificateRow::typeCode)
                  .collect(Collectors.toSet()));
        });
  }

  /**
   * HR's list (issue 13: ids walked from the certificates alone over the whole force, from the
   * scope's officers beneath it): for city and county HR, with no filter, a status, a police number
   * typed and a name typed, the pages laid end to end are the scope's certificates that match, by
   * police number, type, newest first, each once, as many as the count says. Without a filter they
   * are exactly what one query joining every certificate to its officer's unit returns.
   */
  @Test
  void hrsListPagedToItsEndIsTheScopesCertificatesByPoliceNumber() throws Exception {
    for (String user : List.of("hr-city", "hr-county")) {
      AsUser.run(
          em,
          user,
          () -> {
            var fixtures = new DemoFixtures(em);
            String scope = ("hr-city".equals(user) ? fixtures.city() : fixtures.county()).getPath();
            List<CertificateRow> all = pages(CertificateFilter.none());
            assertEquals(reference(scope), all.stream().map(CertificateRow::id).toList(), user);
            assertTrue(all.size() > 10, user);
            String prefix = all.get(all.size() / 2).policeNumber().substring(0, 4);
            String name = all.get(all.size() / 3).name().substring(0, 1);
            Map<CertificateFilter, java.util.function.Predicate<CertificateRow>> filters =
                Map.of(
                    new CertificateFilter(null, null, null, CertificateStatus.EXPIRING),
                    r -> r.status() == CertificateStatus.EXPIRING,
                    new CertificateFilter(prefix, null, null, null),
                    r -> r.policeNumber().startsWith(prefix),
                    new CertificateFilter(name, null, null, null),
                    r -> r.name().contains(name) || r.number().contains(name));
            filters.forEach(
                (filter, matches) -> {
                  List<CertificateRow> rows = pages(filter);
                  String what = user + " " + filter;
                  assertEquals(certificates.count(filter), rows.size(), what);
                  assertTrue(!rows.isEmpty(), what);
                  assertEquals(
                      all.stream().filter(matches).map(CertificateRow::id).toList(),
                      rows.stream().map(CertificateRow::id).toList(),
                      what);
                });
          });
    }
  }

  private List<CertificateRow> pages(CertificateFilter filter) {
    List<CertificateRow> rows = new java.util.ArrayList<>();
    for (int first = 0; ; first += 1000) {
      var page = certificates.search(filter, first, 1000);
      rows.addAll(page);
      if (page.size() < 1000) {
        return rows;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<Long> reference(String scopePath) {
    List<Object> ids =
        em.createNativeQuery(
                "SELECT c.id FROM officer_certificate c JOIN officer o ON o.id = c.officer_id"
                    + " JOIN org_unit u ON u.id = o.unit_id WHERE u.path LIKE ?1"
                    + " ORDER BY o.police_number, c.type_code, c.issued_on DESC, c.id DESC")
            .setParameter(1, scopePath + "%")
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  private long officerId(String policeNumber) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM officer WHERE police_number = ?1")
                .setParameter(1, policeNumber)
                .getSingleResult())
        .longValue();
  }

  private String unitPathOf(long officerId) {
    return (String)
        em.createNativeQuery(
                "SELECT u.path FROM officer o JOIN org_unit u ON u.id = o.unit_id WHERE o.id = ?1")
            .setParameter(1, officerId)
            .getSingleResult();
  }
}
