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
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.Guard;

/** The reference list of certificate types: everyone reads it, ADMIN (or the city's HR) sets it. */
@Stateless
@Guard
public class CertificateTypes {

  static final String ENTITY = "CertificateType";

  @PersistenceContext private EntityManager em;
  @Inject private QualificationAccess access;
  @Inject private AuditTrail audit;

  /** Every type, retired ones included, in their order. */
  public List<CertificateTypeView> all() {
    return em.createQuery(
            "SELECT t FROM CertificateType t ORDER BY t.sortOrder, t.code", CertificateType.class)
        .getResultStream()
        .map(CertificateTypeView::of)
        .toList();
  }

  public List<CertificateTypeView> active() {
    return all().stream().filter(CertificateTypeView::active).toList();
  }

  /** Whether the caller may change the types and the requirements. */
  public boolean mayDefine() {
    return access.isDefiner();
  }

  public void add(CertificateTypeInput input) {
    access.requireDefiner();
    input.check();
    String code = input.code().strip();
    if (em.find(CertificateType.class, code) != null) {
      throw new BusinessException("qualification.type.duplicate", code);
    }
    var type = new CertificateType(code);
    type.take(input);
    em.persist(type);
    audit.record(ENTITY, code, "CREATE", Changes.created(snapshot(type)));
  }

  public void change(CertificateTypeInput input, long versionSeen) {
    access.requireDefiner();
    input.check();
    CertificateType type = em.find(CertificateType.class, input.code().strip());
    if (type == null) {
      throw new NotFoundException(ENTITY, input.code());
    }
    Versioned.requireCurrent(type.getVersion(), versionSeen);
    Map<String, Object> before = snapshot(type);
    type.take(input);
    Versioned.flush(em);
    audit.record(ENTITY, type.getCode(), "UPDATE", Changes.between(before, snapshot(type)));
  }

  private static Map<String, Object> snapshot(CertificateType type) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("nameZh", type.getNameZh());
    values.put("nameEn", type.getNameEn());
    values.put("issuer", type.getIssuer());
    values.put("validityYears", type.getValidityYears());
    values.put("level", type.getLevel());
    values.put("enforcement", type.isEnforcement());
    values.put("active", type.isActive());
    values.put("sortOrder", type.getSortOrder());
    return values;
  }
}
