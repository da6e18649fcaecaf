package org.constable.it.training;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Unique;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.personnel.UnitKind;
import org.constable.training.CourseCatalogue;
import org.constable.training.CourseInput;
import org.constable.training.InstructorRegistry;
import org.constable.training.OrganiserLevel;

/**
 * Training data of a test's own, inside the county of the demo's hr-county: a fresh unit with fresh
 * officers (so that quota figures are exact whatever the demo holds), a course, instructors. Every
 * method runs as the caller the test logged in.
 */
final class TrainingFixture {

  final EntityManager em;
  final String unitCode;

  TrainingFixture(EntityManager em, OrgUnitAdministration units) {
    this.em = em;
    this.unitCode = Unique.code("T");
    units.add(
        new DemoFixtures(em).county().getCode(),
        unitCode,
        "培训测试中队" + unitCode,
        "Training test squad " + unitCode,
        UnitKind.BRIGADE);
  }

  List<Long> officers(OfficerRegister register, int count, String joined) {
    int first = Unique.policeNumbers(em, count);
    List<Long> ids = new ArrayList<>();
    for (int n = first; n < first + count; n++) {
      ids.add(
          register.create(
              OfficerInput.of(
                  String.valueOf(n),
                  "学员" + "甲乙丙丁戊己庚辛壬癸".charAt((n - first) % 10),
                  "汉族",
                  Unique.idNumber(n),
                  joined,
                  joined,
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
                  unitCode)));
    }
    return ids;
  }

  static long course(CourseCatalogue courses, String category, boolean exam) {
    return courses.create(
        new CourseInput(
            "测试课程" + Unique.code(""),
            "Test course",
            category,
            10,
            OrganiserLevel.COUNTY,
            exam,
            exam ? BigDecimal.valueOf(60) : null,
            true));
  }

  /** The instructor of a demo log-in's officer, appointed now if the demo did not. */
  long instructorOf(InstructorRegistry registry, String label) throws Exception {
    String policeNumber = AsUser.policeNumber(em, label);
    List<Long> found =
        em.createQuery(
                "SELECT i.id FROM Instructor i WHERE i.officer.policeNumber = :n", Long.class)
            .setParameter("n", policeNumber)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    return registry.appointOfficer(policeNumber, "测试", LocalDate.of(2020, 1, 1), null);
  }

  /** An instructor from outside, new for the test. */
  static long external(InstructorRegistry registry) {
    return registry.appointExternal(
        "外聘" + Unique.code(""), "警察学院", "法律", LocalDate.of(2020, 1, 1), null);
  }
}
