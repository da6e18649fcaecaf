package org.constable.demo.training;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.constable.personnel.Officer;
import org.constable.security.Account;
import org.constable.security.Role;

/**
 * The officers behind the demo log-ins (written by the log-ins' demo just before), found by their
 * accounts' roles: the trainer, the plain officer, and the HR accounts with their scopes.
 */
record LogInOfficers(Officer trainer, Officer officer, List<Hr> hr, Set<Long> officerIds) {

  /** An HR account: who is told of off-post training under its scope, who enrols its trainees. */
  record Hr(long accountId, long scopeUnitId, String scopePath, String policeNumber) {}

  static LogInOfficers load(EntityManager em) {
    Officer trainer = null;
    Officer officer = null;
    List<Hr> hr = new ArrayList<>();
    Set<Long> officerIds = new HashSet<>();
    for (Account account :
        em.createQuery("SELECT a FROM Account a ORDER BY a.id", Account.class).getResultList()) {
      Officer holder = account.getOfficer();
      officerIds.add(holder.getId());
      Set<Role> roles = account.getRoles();
      if (roles.contains(Role.TRAINER)) {
        trainer = holder;
      } else if (roles.equals(Set.of(Role.OFFICER))) {
        officer = holder;
      }
      if (roles.contains(Role.HR)) {
        hr.add(
            new Hr(
                account.getId(),
                account.getScopeUnit().getId(),
                account.getScopeUnit().getPath(),
                holder.getPoliceNumber()));
      }
    }
    if (trainer == null || officer == null) {
      throw new IllegalStateException("The training demo needs the trainer and officer log-ins");
    }
    return new LogInOfficers(trainer, officer, List.copyOf(hr), Set.copyOf(officerIds));
  }
}
