package org.constable.qualification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.constable.personnel.OfficerMark;
import org.constable.personnel.OfficerMarkSource;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.platform.NativeSql;

/**
 * The officer list's and the record's warnings: an officer who lacks a certificate its post
 * requires of everyone (a 100% requirement; a share requirement such as 20% binds the unit, not the
 * officer), and a police officer or auxiliary with no valid law-enforcement qualification, who may
 * not do enforcement.
 */
@Dependent
public class QualificationMarks implements OfficerMarkSource {

  public static final String LACKS_CERTIFICATE = "lacksCertificate";
  public static final String MAY_NOT_ENFORCE = "mayNotEnforce";

  @Inject private RequirementStore requirements;

  @Override
  public List<OfficerMark> marks(LocalDate day) {
    List<String> shortOfOne = new ArrayList<>();
    for (CertificateRequirement r : requirements.activeEntities()) {
      if (r.getTargetPercent() == 100) {
        shortOfOne.add(
            "(" + QualificationSql.subject(r) + " AND NOT " + QualificationSql.holds(r, day) + ")");
      }
    }
    String lacks = shortOfOne.isEmpty() ? "1 = 0" : String.join(" OR ", shortOfOne);
    return List.of(
        new OfficerMark(LACKS_CERTIFICATE, lacks),
        new OfficerMark(
            MAY_NOT_ENFORCE,
            EnforcementGate.boundSql() + " AND NOT " + QualificationSql.mayEnforce(day)));
  }

  static String enforcingCategories() {
    return NativeSql.literals(List.of(PersonnelCategory.POLICE, PersonnelCategory.AUXILIARY));
  }

  static String activeStatuses() {
    return NativeSql.literals(OfficerStatus.active());
  }
}
