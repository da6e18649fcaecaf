package org.constable.personnel;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.constable.platform.OracleLimits;

/**
 * The officers that a page of rows names by police number or id, looked up once for the page:
 * joining officers on every row before paging costs a scan of the whole log or year. No scope
 * check: the caller has already chosen rows it may show.
 */
@Dependent
public class OfficerNames {

  /** An officer as a row shows it. */
  public record Named(String policeNumber, String name) {}

  @PersistenceContext private EntityManager em;

  /** The names of the police numbers that belong to an officer; others are left out. */
  public Map<String, String> byPoliceNumber(Collection<String> policeNumbers) {
    Map<String, String> names = new HashMap<>();
    for (List<String> numbers : OracleLimits.inLists(distinct(policeNumbers))) {
      em.createQuery(
              "SELECT o.policeNumber, o.name FROM Officer o WHERE o.policeNumber IN :numbers",
              Object[].class)
          .setParameter("numbers", numbers)
          .getResultStream()
          .forEach(r -> names.put((String) r[0], (String) r[1]));
    }
    return names;
  }

  /** The police numbers and names of the ids that belong to an officer; others are left out. */
  public Map<Long, Named> byId(Collection<Long> ids) {
    Map<Long, Named> officers = new HashMap<>();
    for (List<Long> chunk : OracleLimits.inLists(distinct(ids))) {
      em.createQuery(
              "SELECT o.id, o.policeNumber, o.name FROM Officer o WHERE o.id IN :ids",
              Object[].class)
          .setParameter("ids", chunk)
          .getResultStream()
          .forEach(r -> officers.put((Long) r[0], new Named((String) r[1], (String) r[2])));
    }
    return officers;
  }

  private static <T> List<T> distinct(Collection<T> values) {
    return values.stream().filter(Objects::nonNull).distinct().toList();
  }
}
