package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.constable.security.Unguarded;

/**
 * Keeps each unit's stored label in step with the tree: its name, after its parent's where another
 * unit has the same name ("临河区公安分局 / 刑侦大队"). A change touches only the units that carry the names
 * involved; lists and exports then read the label as they read the name.
 */
@Stateless
public class UnitLabels {

  private static final int CHUNK = 500;

  @PersistenceContext private EntityManager em;

  /** Relabels every unit named so (a unit added, renamed or moved, and the names it left). */
  @Unguarded("called by the unit administration after its own checks, inside its transaction")
  public void relabelNamed(Collection<String> namesZh) {
    if (namesZh.isEmpty()) {
      return;
    }
    Set<String> repeating = repeatingAmong(namesZh);
    em.createQuery(
            "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent WHERE u.nameZh IN :names",
            OrgUnit.class)
        .setParameter("names", namesZh)
        .getResultList()
        .forEach(unit -> unit.relabel(repeating.contains(unit.getNameZh())));
  }

  /** Relabels the whole tree, a chunk of units at a time (after the demo force is written). */
  @Unguarded("called by the demo loader at its first start, before anyone signs in")
  public void relabelAll() {
    Set<String> repeating = repeatingAmong(null);
    long after = Long.MIN_VALUE;
    for (List<OrgUnit> chunk = chunkAfter(after); !chunk.isEmpty(); chunk = chunkAfter(after)) {
      chunk.forEach(unit -> unit.relabel(repeating.contains(unit.getNameZh())));
      after = chunk.get(chunk.size() - 1).getId();
      em.flush();
    }
  }

  /** The names among those given (all names when null) that more than one unit carries. */
  private Set<String> repeatingAmong(Collection<String> namesZh) {
    return new HashSet<>(
        (namesZh == null
                ? em.createQuery(
                    "SELECT u.nameZh FROM OrgUnit u GROUP BY u.nameZh HAVING COUNT(u.id) > 1",
                    String.class)
                : em.createQuery(
                        "SELECT u.nameZh FROM OrgUnit u WHERE u.nameZh IN :names"
                            + " GROUP BY u.nameZh HAVING COUNT(u.id) > 1",
                        String.class)
                    .setParameter("names", namesZh))
            .getResultList());
  }

  private List<OrgUnit> chunkAfter(long id) {
    return em.createQuery(
            "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent WHERE u.id > :after ORDER BY u.id",
            OrgUnit.class)
        .setParameter("after", id)
        .setMaxResults(CHUNK)
        .getResultList();
  }
}
