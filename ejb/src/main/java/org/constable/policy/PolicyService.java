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
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityEvents;
import org.constable.audit.SecurityOutcome;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Unguarded;

/**
 * Reads the policy for the rules. The system administrator changes the business parameters, the
 * security administrator the security policy ({@code security.*}); each change is audited, a
 * security one in the security log too.
 */
@Stateless
@Guard(Permissions.POLICY_READ)
public class PolicyService {

  private static final String SECURITY_PREFIX = "security.";

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private CurrentUser currentUser;
  @Inject private SecurityEvents securityEvents;

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

  /** Whether the caller may change the parameter: the security policy is not the system's. */
  public boolean keeps(String key) {
    return currentUser.can(permissionFor(key));
  }

  public PolicyParameter change(String key, String newValue, long versionSeen) {
    currentUser.require(permissionFor(key));
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
    if (key.startsWith(SECURITY_PREFIX)) {
      securityEvents.afterCommit(
          SecurityEventType.SECURITY_POLICY_CHANGED,
          SecurityOutcome.SUCCESS,
          null,
          key + ": " + before + " → " + parameter.getValue());
    }
    return parameter;
  }

  private static String permissionFor(String key) {
    return key.startsWith(SECURITY_PREFIX)
        ? Permissions.SECURITY_POLICY
        : Permissions.POLICY_MANAGE;
  }

  private PolicyParameter find(String key) {
    PolicyParameter parameter = em.find(PolicyParameter.class, key);
    if (parameter == null) {
      throw new NotFoundException("PolicyParameter", key);
    }
    return parameter;
  }
}
