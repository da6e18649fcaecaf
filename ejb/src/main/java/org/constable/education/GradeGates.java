package org.constable.education;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Education;
import org.constable.personnel.Officer;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * The grade gate as other capabilities ask it: whether an officer's education allows a grade (below
 * associate, not 副科级 or higher grade treatment). The register's grade change warns with it and asks
 * for a reason, recorded here, to proceed.
 */
@Stateless
@Guard
public class GradeGates {

  /** The audit entity of the reasons given: they belong to the officer's record. */
  static final String OFFICER = "Officer";

  @Inject private EducationAccess access;
  @Inject private EducationPolicy policy;
  @Inject private AuditTrail audit;

  /** For an officer the caller may read; an unknown grade code is not gated. */
  public boolean allows(long officerId, String gradeCode) {
    Officer officer = access.readable(officerId);
    return allowsLevel(officer.getEducation(), gradeCode);
  }

  /** The same, for an officer named by its police number. */
  public boolean allowsFor(String policeNumber, String gradeCode) {
    return allows(access.idOf(policeNumber), gradeCode);
  }

  /** For a level and a grade as a form holds them (a new officer has no id yet). */
  @Guard(Permissions.PERSONNEL_WRITE)
  public boolean allowsLevel(Education education, String gradeCode) {
    Integer order = policy.gradeOrder(gradeCode);
    return order == null || education == null || policy.gate().allows(education, order);
  }

  /** The reason HR gave to grant the grade through the gate, in the officer's audit trail. */
  @Guard(Permissions.PERSONNEL_WRITE)
  public void recordReason(long officerId, String gradeCode, String reason) {
    Officer officer = access.readable(officerId);
    String why = InputChecks.reason(reason, "education.gate.reasonRequired");
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("grade", gradeCode);
    entry.put("education", officer.getEducation());
    entry.put("gradeGateReason", why);
    audit.record(OFFICER, officerId, "GRADE_GATE_REASON", Changes.created(entry));
  }
}
