package org.constable.it.qualification;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.constable.it.DemoFixtures;
import org.constable.it.Unique;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.personnel.UnitKind;
import org.constable.qualification.CertificateInput;
import org.constable.qualification.Certificates;

/**
 * A small force of a test's own inside hr-county's county: a fresh brigade with officers of the
 * posts the requirements name, so that compliance figures are exact whatever the demo holds. Every
 * method runs as the caller the test logged in (hr-county).
 */
final class QualificationFixture {

  final EntityManager em;
  final String unitCode;
  final long unitId;

  QualificationFixture(EntityManager em, OrgUnitAdministration units) {
    this.em = em;
    this.unitCode = Unique.code("Q");
    this.unitId =
        units.add(
            new DemoFixtures(em).county().getCode(),
            unitCode,
            "持证测试大队" + unitCode,
            "Certificate test brigade " + unitCode,
            UnitKind.BRIGADE);
  }

  /** A serving police officer of the post, with that education; its id. */
  long officer(OfficerRegister register, String post, String education) {
    int n = Unique.policeNumbers(em, 1);
    return register.create(
        OfficerInput.of(
            String.valueOf(n),
            "持证" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10),
            "汉族",
            Unique.idNumber(n),
            "2015-07-01",
            "2015-07-01",
            "RECRUITMENT",
            "POLICE",
            null,
            "JY2",
            "KY",
            "ZA",
            post,
            "是",
            "ON_DUTY",
            education,
            null,
            unitCode));
  }

  /** A certificate's version, for a change the test makes after reading it. */
  static long version(EntityManager em, long certificateId) {
    return ((Number)
            em.createNativeQuery("SELECT version FROM officer_certificate WHERE id = ?1")
                .setParameter(1, certificateId)
                .getSingleResult())
        .longValue();
  }

  static String policeNumberOf(EntityManager em, long officerId) {
    return (String)
        em.createNativeQuery("SELECT police_number FROM officer WHERE id = ?1")
            .setParameter(1, officerId)
            .getSingleResult();
  }

  static long certificate(
      Certificates certificates, long officerId, String type, LocalDate issued, LocalDate expires) {
    return certificates.record(
        officerId,
        new CertificateInput(type, Unique.code(type.substring(0, 2)), issued, expires),
        null);
  }
}
