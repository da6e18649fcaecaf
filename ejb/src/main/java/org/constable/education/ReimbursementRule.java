package org.constable.education;

import java.math.BigDecimal;
import java.util.List;

/**
 * Attachment 3 item 9: which share of the tuition the unit pays back. Master's and bachelor's: the
 * degree gives the degree ratio (70%), a diploma or completion certificate without it the lower one
 * (50%). Associate: the full tuition once the diploma is obtained, for an officer aged 50 or over
 * with education below associate, or under 50 at grade 副主任科员 or above (below associate too: the
 * policy speaks of solving low education). Age, grade and education are taken on the enrolment's
 * start date. Anything else (a doctorate, a drop-out, an associate programme outside both groups)
 * the policy does not cover: 0%, with the reason.
 */
public final class ReimbursementRule {

  static final String DROPPED = "education.rule.dropped";
  static final String DEGREE = "education.rule.degree";
  static final String WITHOUT_DEGREE = "education.rule.withoutDegree";
  static final String DOCTOR = "education.rule.doctorNotCovered";
  static final String ASSOCIATE_NO_DIPLOMA = "education.rule.associateNoDiploma";
  static final String ASSOCIATE_OLDER = "education.rule.associateOlder";
  static final String ASSOCIATE_GRADED = "education.rule.associateGraded";
  static final String ASSOCIATE_GRADE_LOW = "education.rule.associateGradeLow";
  static final String ALREADY_ASSOCIATE = "education.rule.alreadyAssociate";

  private final ReimbursementPolicy policy;

  public ReimbursementRule(ReimbursementPolicy policy) {
    this.policy = policy;
  }

  public ReimbursementResult apply(ReimbursementCase c) {
    int age = c.age();
    return switch (c.programme()) {
      case DOCTOR -> result(c, BigDecimal.ZERO, outcomeOr(c, DOCTOR), age);
      case MASTER, BACHELOR -> degreeProgramme(c, age);
      case ASSOCIATE -> associate(c, age);
    };
  }

  private ReimbursementResult degreeProgramme(ReimbursementCase c, int age) {
    return switch (c.outcome()) {
      case DEGREE -> result(c, policy.degreePercent(), DEGREE, age);
      case GRADUATED, COMPLETED -> result(c, policy.withoutDegreePercent(), WITHOUT_DEGREE, age);
      case DROPPED -> result(c, BigDecimal.ZERO, DROPPED, age);
    };
  }

  private ReimbursementResult associate(ReimbursementCase c, int age) {
    if (!c.outcome().reachesLevel()) {
      return result(c, BigDecimal.ZERO, outcomeOr(c, ASSOCIATE_NO_DIPLOMA), age);
    }
    if (!c.educationAtStart().isBelowAssociate()) {
      return result(c, BigDecimal.ZERO, ALREADY_ASSOCIATE, age);
    }
    if (age >= policy.olderAge()) {
      return result(c, policy.associatePercent(), ASSOCIATE_OLDER, age);
    }
    if (c.gradeOrder() != null && c.gradeOrder() >= policy.minimumGradeOrder()) {
      return result(c, policy.associatePercent(), ASSOCIATE_GRADED, age);
    }
    return result(c, BigDecimal.ZERO, ASSOCIATE_GRADE_LOW, age);
  }

  private static String outcomeOr(ReimbursementCase c, String key) {
    return c.outcome() == Outcome.DROPPED ? DROPPED : key;
  }

  private static ReimbursementResult result(
      ReimbursementCase c, BigDecimal percent, String key, int age) {
    return new ReimbursementResult(
        percent, Percent.of(c.tuition(), percent), key, List.of(age, c.referenceDay()));
  }
}
