package org.constable.leave;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.constable.personnel.Officer;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.NotFoundException;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;

/** Whose leave the caller may read or act on, inside the services' transaction. */
@Dependent
class LeaveAccess {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** HR (leave:manage) for an officer inside its scope. */
  Officer managed(long officerId) {
    return inScope(officerId, Permissions.LEAVE_MANAGE);
  }

  /** The unit leader (leave:approve) for an officer inside its scope, never for itself. */
  Officer approvable(long officerId) {
    Officer officer = inScope(officerId, Permissions.LEAVE_APPROVE);
    if (officerId == currentUser.require().officerId()) {
      throw new org.constable.platform.BusinessException("leave.notOwnApproval");
    }
    return officer;
  }

  /** The officer itself (leave:request). */
  Officer self(long officerId) {
    AccountPrincipal me = currentUser.require();
    if (officerId != me.officerId() || !me.can(Permissions.LEAVE_REQUEST)) {
      throw new AccessDeniedException();
    }
    return officer(officerId);
  }

  /** The officer itself, its leader or HR of its scope. */
  Officer readable(long officerId) {
    AccountPrincipal me = currentUser.require();
    Officer officer = officer(officerId);
    if (officerId == me.officerId() && me.can(Permissions.SELF_READ)) {
      return officer;
    }
    if (!me.can(Permissions.LEAVE_MANAGE) && !me.can(Permissions.LEAVE_APPROVE)) {
      throw new AccessDeniedException();
    }
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }

  /** The officer of a police number, or not found. */
  long idOf(String policeNumber) {
    return em.createQuery("SELECT o.id FROM Officer o WHERE o.policeNumber = :n", Long.class)
        .setParameter("n", policeNumber == null ? "" : policeNumber.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> new org.constable.platform.BusinessException("leave.input.officerRequired"));
  }

  boolean can(String permission) {
    return currentUser.can(permission);
  }

  long me() {
    return currentUser.require().officerId();
  }

  String policeNumber() {
    return currentUser.policeNumberOrNull();
  }

  String scopePath() {
    return currentUser.scope().unitPath();
  }

  String scopePattern() {
    return currentUser.scope().pathPattern();
  }

  private Officer inScope(long officerId, String permission) {
    if (!currentUser.can(permission)) {
      throw new AccessDeniedException();
    }
    Officer officer = officer(officerId);
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }

  private Officer officer(long officerId) {
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException("Officer", officerId);
    }
    return officer;
  }
}
