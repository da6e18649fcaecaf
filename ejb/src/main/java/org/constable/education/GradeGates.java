package org.constable.education;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.constable.personnel.Officer;
import org.constable.security.Guard;

/**
 * The grade gate as other capabilities ask it: whether an officer's education allows a grade (below
 * associate, not 副科级 or higher grade treatment). The register's grade change warns with it and asks
 * for a recorded reason to proceed.
 */
@Stateless
@Guard
public class GradeGates {

  @Inject private EducationAccess access;
  @Inject private EducationPolicy policy;

  /** For an officer the caller may read; an unknown grade code is not gated. */
  public boolean allows(long officerId, String gradeCode) {
    Officer officer = access.readable(officerId);
    Integer order = policy.gradeOrder(gradeCode);
    return order == null || policy.gate().allows(officer.getEducation(), order);
  }
}
