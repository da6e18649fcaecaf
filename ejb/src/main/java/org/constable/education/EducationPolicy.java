package org.constable.education;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.constable.policy.PolicyService;

/** The capability's parameters, and the rules built from them and from the GRADE list's order. */
@Dependent
public class EducationPolicy {

  static final String DEGREE = "education.ratio.degree";
  static final String WITHOUT_DEGREE = "education.ratio.withoutDegree";
  static final String ASSOCIATE = "education.ratio.associate";
  static final String OLDER_AGE = "education.associate.olderAge";
  static final String START_YEAR = "education.associate.startYear";
  static final String YEARS = "education.associate.years";
  static final String WARN_MONTHS = "education.associate.warnMonths";
  static final String AWARD = "education.judicialAward.amount";

  /** 副主任科员: the under-50 associate rule and the deadline start here. */
  public static final String MINIMUM_GRADE = "FZRKY";

  /** 副科级: the grade gate. */
  public static final String GATE_GRADE = "FKJ";

  @Inject private PolicyService policy;
  @PersistenceContext private EntityManager em;

  ReimbursementRule reimbursement() {
    return new ReimbursementRule(
        new ReimbursementPolicy(
            policy.decimalValue(DEGREE),
            policy.decimalValue(WITHOUT_DEGREE),
            policy.decimalValue(ASSOCIATE),
            policy.intValue(OLDER_AGE),
            gradeOrder(MINIMUM_GRADE)));
  }

  DeadlineRule deadline() {
    return new DeadlineRule(
        LocalDate.of(policy.intValue(START_YEAR), 1, 1),
        policy.intValue(YEARS),
        policy.intValue(WARN_MONTHS),
        policy.intValue(OLDER_AGE),
        gradeOrder(MINIMUM_GRADE));
  }

  GradeGate gate() {
    return new GradeGate(gradeOrder(GATE_GRADE));
  }

  int olderAge() {
    return policy.intValue(OLDER_AGE);
  }

  BigDecimal award() {
    return policy.decimalValue(AWARD);
  }

  /** The sort order of a grade code in the GRADE list; null for none or an unknown code. */
  Integer gradeOrder(String code) {
    if (code == null) {
      return null;
    }
    List<?> orders =
        em.createNativeQuery(
                "SELECT sort_order FROM reference_item WHERE list_code = 'GRADE' AND code = ?")
            .setParameter(1, code)
            .getResultList();
    return orders.isEmpty() ? null : ((Number) orders.get(0)).intValue();
  }
}
