package org.constable.health;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.personnel.Officer;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.NotFoundException;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;

/**
 * Whose health data the caller may see or keep: named health data only for the officer itself
 * (self:read) or for holders of health:read within their scope; every named read is written to the
 * security log as a sensitive read, and every refusal as a denied one.
 */
@Dependent
class HealthAccess {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private SecurityLog securityLog;

  /** The officer's named health data: its own, or health:read inside the scope; audited. */
  Officer readable(long officerId, String what) {
    AccountPrincipal me = currentUser.require();
    if (officerId == me.officerId() && me.can(Permissions.SELF_READ)) {
      Officer own = officer(officerId);
      audit(officerId, what);
      return own;
    }
    requireNamed(what);
    Officer officer = officer(officerId);
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    audit(officerId, what);
    return officer;
  }

  /** A named list (several officers): health:read only, refused and logged otherwise. */
  void requireNamed(String what) {
    if (!currentUser.can(Permissions.HEALTH_READ)) {
      securityLog.record(SecurityEventType.SENSITIVE_READ, SecurityOutcome.DENIED, null, what);
      throw new AccessDeniedException();
    }
  }

  /** Logs a named read of one officer's (or, officerId null, a list's) health data. */
  void audit(Long officerId, String what) {
    securityLog.record(SecurityEventType.SENSITIVE_READ, SecurityOutcome.SUCCESS, officerId, what);
  }

  /** health:manage for an officer inside the scope. */
  Officer managed(long officerId) {
    if (!currentUser.can(Permissions.HEALTH_MANAGE)) {
      throw new AccessDeniedException();
    }
    Officer officer = officer(officerId);
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }

  long me() {
    return currentUser.require().officerId();
  }

  String policeNumber() {
    return currentUser.policeNumberOrNull();
  }

  String scopePattern() {
    return currentUser.scope().pathPattern();
  }

  boolean covers(String path) {
    return currentUser.scope().covers(path);
  }

  private Officer officer(long officerId) {
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException("Officer", officerId);
    }
    return officer;
  }
}
