package org.constable.qualification;

import java.io.Serializable;
import java.util.List;
import org.constable.platform.BusinessException;

/** A requirement as ADMIN sets it. */
public record RequirementInput(
    SubjectKind subjectKind,
    String subjectCode,
    List<String> typeCodes,
    boolean postgraduate,
    int targetPercent,
    String basis,
    boolean active,
    int sortOrder)
    implements Serializable {

  public RequirementInput {
    typeCodes = typeCodes == null ? List.of() : List.copyOf(typeCodes);
  }

  void check() {
    if (subjectKind == null) {
      throw new BusinessException("qualification.requirement.subjectRequired");
    }
    if (subjectKind.needsCode() && (subjectCode == null || subjectCode.isBlank())) {
      throw new BusinessException("qualification.requirement.codeRequired");
    }
    if (typeCodes.isEmpty() && !postgraduate) {
      throw new BusinessException("qualification.requirement.typesRequired");
    }
    if (targetPercent < 1 || targetPercent > 100) {
      throw new BusinessException("qualification.requirement.badTarget");
    }
    if (basis != null && basis.strip().length() > 200) {
      throw new BusinessException("qualification.requirement.basisTooLong", 200);
    }
  }
}
