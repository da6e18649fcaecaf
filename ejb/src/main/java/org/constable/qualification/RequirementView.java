package org.constable.qualification;

import java.io.Serializable;
import java.util.List;

/** A requirement as pages show it. */
public record RequirementView(
    long id,
    SubjectKind subjectKind,
    String subjectCode,
    List<String> typeCodes,
    boolean postgraduate,
    int targetPercent,
    String basis,
    boolean active,
    int sortOrder,
    long version)
    implements Serializable {

  public RequirementView {
    typeCodes = List.copyOf(typeCodes);
  }

  static RequirementView of(CertificateRequirement r) {
    return new RequirementView(
        r.getId(),
        r.getSubjectKind(),
        r.getSubjectCode(),
        r.getTypeCodes().stream().sorted().toList(),
        r.isPostgraduate(),
        r.getTargetPercent(),
        r.getBasis(),
        r.isActive(),
        r.getSortOrder(),
        r.getVersion());
  }
}
