package org.constable.education;

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

/** Whose education the caller may read or act on, inside the services' transaction. */
@Dependent
class EducationAccess {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** HR (education:manage) for an officer inside its scope. */
  Officer managed(long officerId) {
    if (!currentUser.can(Permissions.EDUCATION_MANAGE)) {
      throw new AccessDeniedException();
    }
    Officer officer = officer(officerId);
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }

  /** The officer itself (education:claim), or HR for an officer inside its scope. */
  Officer actingFor(long officerId) {
    AccountPrincipal me = currentUser.require();
    if (officerId == me.officerId() && me.can(Permissions.EDUCATION_CLAIM)) {
      return officer(officerId);
    }
    return managed(officerId);
  }

  /** The officer itself, or HR (education or personnel) for an officer inside its scope. */
  Officer readable(long officerId) {
    AccountPrincipal me = currentUser.require();
    Officer officer = officer(officerId);
    if (officerId == me.officerId() && me.can(Permissions.SELF_READ)) {
      return officer;
    }
    if (!me.can(Permissions.EDUCATION_MANAGE) && !me.can(Permissions.PERSONNEL_READ)) {
      throw new AccessDeniedException();
    }
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }

  /** The officer of a police number, or not found: the REST resources name officers so. */
  long idOf(String policeNumber) {
    return em.createQuery("SELECT o.id FROM Officer o WHERE o.policeNumber = :n", Long.class)
        .setParameter("n", policeNumber == null ? "" : policeNumber.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Officer", policeNumber));
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

  void requireCovers(String path) {
    currentUser.scope().requireCovers(path);
  }

  private Officer officer(long officerId) {
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException("Officer", officerId);
    }
    return officer;
  }
}
