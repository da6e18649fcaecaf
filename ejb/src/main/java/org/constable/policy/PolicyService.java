package org.constable.policy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Unguarded;

/** Reads the policy for the rules; lets ADMIN change it, audited. */
@Stateless
@Guard(Permissions.POLICY_MANAGE)
public class PolicyService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;

  @Unguarded("the rules read the policy for anyone, the log-in throttle before log-in")
  public int intValue(String key) {
    return Integer.parseInt(find(key).getValue());
  }

  @Unguarded("the rules read the policy for anyone")
  public BigDecimal decimalValue(String key) {
    return new BigDecimal(find(key).getValue());
  }

  @Unguarded("the rules read the policy for anyone")
  public boolean isOn(String key) {
    return Boolean.parseBoolean(find(key).getValue());
  }

  public List<PolicyParameter> all() {
    return em.createNamedQuery("PolicyParameter.findAll", PolicyParameter.class).getResultList();
  }

  public PolicyParameter change(String key, String newValue, long versionSeen) {
    PolicyParameter parameter = find(key);
    Versioned.requireCurrent(parameter.getVersion(), versionSeen);
    String before = parameter.getValue();
    parameter.change(newValue);
    Versioned.flush(em);
    audit.record(
        "PolicyParameter",
        key,
        "UPDATE",
        Changes.between(Map.of("value", before), Map.of("value", parameter.getValue())));
    return parameter;
  }

  private PolicyParameter find(String key) {
    PolicyParameter parameter = em.find(PolicyParameter.class, key);
    if (parameter == null) {
      throw new NotFoundException("PolicyParameter", key);
    }
    return parameter;
  }
}
