package org.constable.qualification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.BusinessException;
import org.constable.platform.Versioned;
import org.constable.reference.ReferenceLists;
import org.constable.security.Guard;

/**
 * The requirements per post, line or duty: everyone reads them, ADMIN (or the city's HR) sets them.
 */
@Stateless
@Guard
public class Requirements {

  static final String ENTITY = "CertificateRequirement";

  @PersistenceContext private EntityManager em;
  @Inject private QualificationAccess access;
  @Inject private AuditTrail audit;
  @Inject private ReferenceLists references;
  @Inject private RequirementStore store;

  public List<RequirementView> all() {
    return em.createQuery(
            "SELECT r FROM CertificateRequirement r ORDER BY r.sortOrder, r.id",
            CertificateRequirement.class)
        .getResultStream()
        .map(RequirementView::of)
        .toList();
  }

  public long add(RequirementInput input) {
    access.requireDefiner();
    var requirement = new CertificateRequirement(checked(input));
    em.persist(requirement);
    em.flush();
    audit.record(ENTITY, requirement.getId(), "CREATE", Changes.created(snapshot(requirement)));
    return requirement.getId();
  }

  public void change(long id, RequirementInput input, long versionSeen) {
    access.requireDefiner();
    RequirementInput checked = checked(input);
    CertificateRequirement requirement = store.entity(id);
    Versioned.requireCurrent(requirement.getVersion(), versionSeen);
    Map<String, Object> before = snapshot(requirement);
    requirement.take(checked);
    Versioned.flush(em);
    audit.record(ENTITY, id, "UPDATE", Changes.between(before, snapshot(requirement)));
  }

  /** The input with the post or line as its code, whether the code or a name was given. */
  private RequirementInput checked(RequirementInput input) {
    input.check();
    for (String code : input.typeCodes()) {
      if (em.find(CertificateType.class, code) == null) {
        throw new BusinessException("qualification.requirement.unknownType", code);
      }
    }
    if (!input.subjectKind().needsCode()) {
      return input;
    }
    String list = input.subjectKind() == SubjectKind.POST ? "POST" : "LINE";
    String code =
        references
            .activeCodes()
            .resolve(list, input.subjectCode())
            .orElseThrow(
                () ->
                    new BusinessException(
                        "qualification.requirement.unknownCode", input.subjectCode()));
    return new RequirementInput(
        input.subjectKind(),
        code,
        input.typeCodes(),
        input.postgraduate(),
        input.targetPercent(),
        input.basis(),
        input.active(),
        input.sortOrder());
  }

  private static Map<String, Object> snapshot(CertificateRequirement r) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("subjectKind", r.getSubjectKind());
    values.put("subjectCode", r.getSubjectCode());
    values.put("types", String.join(",", r.getTypeCodes().stream().sorted().toList()));
    values.put("postgraduate", r.isPostgraduate());
    values.put("targetPercent", r.getTargetPercent());
    values.put("basis", r.getBasis());
    values.put("active", r.isActive());
    return values;
  }
}
