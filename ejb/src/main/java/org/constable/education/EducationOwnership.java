package org.constable.education;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.constable.personnel.EducationOwner;
import org.constable.platform.OracleLimits;

/** An officer with education records has its highest education from them. */
@ApplicationScoped
public class EducationOwnership implements EducationOwner {

  @PersistenceContext private EntityManager em;

  @Override
  public Set<Long> followingRecords(Collection<Long> officerIds) {
    Set<Long> following = new HashSet<>();
    for (List<Long> chunk : OracleLimits.chunks(officerIds, OracleLimits.IN_LIST)) {
      following.addAll(
          em.createQuery(
                  "SELECT DISTINCT r.officer.id FROM EducationRecord r WHERE r.officer.id IN :ids",
                  Long.class)
              .setParameter("ids", chunk)
              .getResultList());
    }
    return following;
  }
}
