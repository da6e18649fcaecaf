package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.reference.ReferenceLists;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/** The force's courses, kept by HR. */
@Stateless
@Guard(Permissions.TRAINING_MANAGE)
public class CourseCatalogue {

  public static final String CATEGORY_LIST = "COURSE";
  static final String ENTITY = "TrainingCourse";

  @PersistenceContext private EntityManager em;
  @Inject private ReferenceLists references;
  @Inject private AuditTrail audit;

  public List<CourseRow> courses(boolean activeOnly) {
    var query =
        em.createQuery(
            "SELECT c FROM Course c"
                + (activeOnly ? " WHERE c.active = :yes" : "")
                + " ORDER BY c.categoryCode, c.nameZh",
            Course.class);
    if (activeOnly) {
      query.setParameter("yes", true);
    }
    return query.getResultStream().map(CourseRow::of).toList();
  }

  public CourseRow course(long courseId) {
    return CourseRow.of(load(courseId));
  }

  public long create(CourseInput input) {
    CourseInput checked = check(input, null);
    Course course = new Course(checked);
    em.persist(course);
    em.flush();
    audit.record(ENTITY, course.getId(), "CREATE", Changes.created(snapshot(course)));
    return course.getId();
  }

  public void update(long courseId, CourseInput input, long versionSeen) {
    Course course = load(courseId);
    Versioned.requireCurrent(course.getVersion(), versionSeen);
    var before = snapshot(course);
    course.apply(check(input, course.getCategoryCode()));
    Versioned.flush(em);
    audit.record(ENTITY, courseId, "UPDATE", Changes.between(before, snapshot(course)));
  }

  private CourseInput check(CourseInput input, String heldCategory) {
    if (input.nameZh() == null
        || input.nameZh().isBlank()
        || input.nameEn() == null
        || input.nameEn().isBlank()) {
      throw new BusinessException("training.course.nameRequired");
    }
    var codes = references.activeCodes();
    if (heldCategory != null) {
      codes = codes.including(CATEGORY_LIST, heldCategory);
    }
    String category =
        codes
            .resolve(CATEGORY_LIST, input.categoryCode())
            .orElseThrow(
                () ->
                    new BusinessException("training.course.unknownCategory", input.categoryCode()));
    if (input.halfDays() < 1 || input.halfDays() > 2 * 365) {
      throw new BusinessException("training.course.length");
    }
    if (input.level() == null) {
      throw new BusinessException("training.course.levelRequired");
    }
    BigDecimal passMark = input.passMark();
    if (input.exam() && (passMark == null || !Score.valid(passMark))) {
      throw new BusinessException("training.course.passMark");
    }
    return new CourseInput(
        input.nameZh(),
        input.nameEn(),
        category,
        input.halfDays(),
        input.level(),
        input.exam(),
        passMark,
        input.active());
  }

  private Course load(long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new NotFoundException(ENTITY, courseId);
    }
    return course;
  }

  private static java.util.Map<String, Object> snapshot(Course c) {
    var map = new java.util.LinkedHashMap<String, Object>();
    map.put("nameZh", c.getNameZh());
    map.put("nameEn", c.getNameEn());
    map.put("category", c.getCategoryCode());
    map.put("halfDays", c.getHalfDays());
    map.put("level", c.getLevel());
    map.put("exam", c.hasExam());
    map.put("passMark", c.getPassMark());
    map.put("active", c.isActive());
    return map;
  }
}
