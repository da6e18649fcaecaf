package org.constable.qualification;

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

/** Whose certificates the caller may read or record, inside the services' transaction. */
@Dependent
class QualificationAccess {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** HR (qualification:manage) for an officer inside its scope. */
  Officer officerInScope(long officerId) {
    if (!currentUser.can(Permissions.QUALIFICATION_MANAGE)) {
      throw new AccessDeniedException();
    }
    Officer officer = officer(officerId);
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }

  /** The officer itself, or HR (qualification or personnel) for an officer inside its scope. */
  Officer readableOfficer(long officerId) {
    AccountPrincipal me = currentUser.require();
    Officer officer = officer(officerId);
    if (officerId == me.officerId() && me.can(Permissions.SELF_READ)) {
      return officer;
    }
    if (!me.can(Permissions.QUALIFICATION_MANAGE) && !me.can(Permissions.PERSONNEL_READ)) {
      throw new AccessDeniedException();
    }
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }

  /**
   * Types and requirements hold for the whole force: ADMIN sets them (qualification:define), or HR
   * whose scope is the whole force; a county's HR reads them.
   */
  void requireDefiner() {
    if (!isDefiner()) {
      throw new AccessDeniedException();
    }
  }

  boolean isDefiner() {
    AccountPrincipal me = currentUser.require();
    boolean wholeForce = currentUser.scope().unitPath().chars().filter(c -> c == '/').count() == 2;
    return me.can(Permissions.QUALIFICATION_DEFINE)
        || (me.can(Permissions.QUALIFICATION_MANAGE) && wholeForce);
  }

  private Officer officer(long officerId) {
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException("Officer", officerId);
    }
    return officer;
  }
}
