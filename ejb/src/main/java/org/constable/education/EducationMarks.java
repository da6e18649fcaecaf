package org.constable.education;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.OfficerMark;
import org.constable.personnel.OfficerMarkSource;

/**
 * The record's and the list's flag: an officer below associate education holding 副科级 or a higher
 * grade, which the policy in principle does not grant (item 9).
 */
@Dependent
public class EducationMarks implements OfficerMarkSource {

  public static final String GRADE_GATE = "gradeGate";

  @Inject private EducationPolicy policy;

  @Override
  public List<OfficerMark> marks(LocalDate day) {
    Integer gate = policy.gradeOrder(EducationPolicy.GATE_GRADE);
    String condition =
        gate == null
            ? "1 = 0"
            : "o.education IN ('BELOW_HIGH_SCHOOL', 'HIGH_SCHOOL') AND EXISTS (SELECT 1 FROM"
                + " reference_item g WHERE g.list_code = 'GRADE' AND g.code = o.grade_code AND"
                + " g.sort_order >= "
                + gate
                + ")";
    return List.of(new OfficerMark(GRADE_GATE, condition));
  }
}
