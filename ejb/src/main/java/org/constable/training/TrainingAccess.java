package org.constable.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.constable.personnel.Officer;
import org.constable.personnel.OrgUnit;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.NotFoundException;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;

/**
 * Who may do what with a session, inside the services' transaction: HR (training:manage) for the
 * sessions its scope organises, a trainer for the sessions it teaches or examines.
 */
@Dependent
class TrainingAccess {

  static final String SESSION = "TrainingSession";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  TrainingSession session(long sessionId) {
    TrainingSession session = em.find(TrainingSession.class, sessionId);
    if (session == null) {
      throw new NotFoundException(SESSION, sessionId);
    }
    return session;
  }

  /** The caller manages the session: HR whose scope covers its organiser. */
  boolean manages(TrainingSession session) {
    AccountPrincipal me = currentUser.require();
    return me.can(Permissions.TRAINING_MANAGE)
        && currentUser.scope().covers(session.getOrganiser().getPath());
  }

  boolean isStaff(TrainingSession session, StaffRole role) {
    AccountPrincipal me = currentUser.require();
    return me.can(Permissions.TRAINING_TEACH) && session.hasStaff(me.officerId(), role);
  }

  /** HR of the session, or one of its instructors or examiners. */
  TrainingSession visible(long sessionId) {
    TrainingSession session = session(sessionId);
    if (!manages(session)
        && !isStaff(session, StaffRole.INSTRUCTOR)
        && !isStaff(session, StaffRole.EXAMINER)) {
      throw new AccessDeniedException();
    }
    return session;
  }

  TrainingSession managed(long sessionId) {
    TrainingSession session = session(sessionId);
    if (!manages(session)) {
      throw new AccessDeniedException();
    }
    return session;
  }

  /** Who takes the roll: HR of the session, or an instructor of it. */
  TrainingSession forRoll(long sessionId) {
    TrainingSession session = session(sessionId);
    if (!manages(session) && !isStaff(session, StaffRole.INSTRUCTOR)) {
      throw new AccessDeniedException();
    }
    return session;
  }

  /** The officers enrolled in a session, with their units, by police number. */
  java.util.List<Officer> trainees(TrainingSession session) {
    return em.createQuery(
            "SELECT o FROM Enrolment e JOIN e.officer o JOIN FETCH o.unit WHERE e.session = :s"
                + " ORDER BY o.policeNumber",
            Officer.class)
        .setParameter("s", session)
        .getResultList();
  }

  /**
   * A unit by its code, if it lies inside the caller's scope; one outside is as unknown as one that
   * does not exist.
   */
  java.util.Optional<OrgUnit> unitInScope(String code) {
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
        .setParameter("code", code == null ? "" : code)
        .getResultStream()
        .findFirst()
        .filter(u -> currentUser.scope().covers(u.getPath()));
  }

  /** An officer HR may enrol or record for: inside its scope. */
  Officer officerInScope(long officerId) {
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException("Officer", officerId);
    }
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }

  /**
   * An officer's own training record, or one HR (training or personnel) or a leader may read within
   * its scope.
   */
  Officer readableOfficer(long officerId) {
    AccountPrincipal me = currentUser.require();
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException("Officer", officerId);
    }
    boolean own = officerId == me.officerId() && me.can(Permissions.SELF_READ);
    if (own) {
      return officer;
    }
    boolean readsOthers =
        me.can(Permissions.TRAINING_MANAGE)
            || me.can(Permissions.PERSONNEL_READ)
            || me.can(Permissions.WORKFORCE_READ);
    if (!readsOthers) {
      throw new AccessDeniedException();
    }
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }
}
