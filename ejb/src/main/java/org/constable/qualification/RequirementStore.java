package org.constable.qualification;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.constable.platform.NotFoundException;

/** The requirements as entities, for the services of this package. */
@Dependent
class RequirementStore {

  @PersistenceContext private EntityManager em;

  List<CertificateRequirement> activeEntities() {
    return em.createQuery(
            "SELECT r FROM CertificateRequirement r WHERE r.active = :active ORDER BY r.sortOrder, r.id",
            CertificateRequirement.class)
        .setParameter("active", true)
        .getResultList();
  }

  CertificateRequirement entity(long id) {
    CertificateRequirement requirement = em.find(CertificateRequirement.class, id);
    if (requirement == null) {
      throw new NotFoundException(Requirements.ENTITY, id);
    }
    return requirement;
  }
}
