package org.constable.it.education;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Locale;
import org.constable.it.DemoFixtures;
import org.constable.it.Unique;
import org.constable.personnel.IdNumber;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.personnel.UnitKind;

/** A fresh brigade of a test's own in a county, and officers born on the day the test says. */
final class EducationFixture {

  final EntityManager em;
  final String unitCode;

  EducationFixture(EntityManager em, OrgUnitAdministration units, String countyCode) {
    this.em = em;
    this.unitCode = Unique.code("E");
    units.add(
        countyCode,
        unitCode,
        "学历测试大队" + unitCode,
        "Education test brigade " + unitCode,
        UnitKind.BRIGADE);
  }

  static EducationFixture inCounty(EntityManager em, OrgUnitAdministration units) {
    return new EducationFixture(em, units, new DemoFixtures(em).county().getCode());
  }

  /** A serving police officer born on the day, of the grade and education; its id. */
  long officer(OfficerRegister register, LocalDate born, String grade, String education) {
    int n = Unique.policeNumbers(em, 1);
    String digits =
        "110105" + born.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", n % 1000);
    return register.create(
        OfficerInput.of(
            String.valueOf(n),
            "学历" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10),
            "汉族",
            IdNumber.withCheckDigit(digits).value(),
            born.plusYears(22).toString(),
            born.plusYears(22).toString(),
            "RECRUITMENT",
            "POLICE",
            null,
            "JY2",
            grade,
            "ZA",
            "GLQ",
            "是",
            "ON_DUTY",
            education,
            null,
            unitCode));
  }

  String county() {
    return new DemoFixtures(em).county().getCode();
  }
}
