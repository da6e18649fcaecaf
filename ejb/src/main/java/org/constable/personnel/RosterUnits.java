package org.constable.personnel;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.constable.platform.OracleLimits;

/**
 * The units a roster names, as a clerk writes them: the 12-digit code, the name, or "parent / name"
 * where the name repeats (临河区公安分局 / 刑侦大队), in either language. A name is matched among the units
 * the importer may use only; if several remain, the row must give the parent.
 */
final class RosterUnits {

  /** What a unit cell came to: the unit's code, or the key of the error. */
  record Match(String code, String error) {
    static Match of(OrgUnit unit) {
      return new Match(unit.getCode(), null);
    }

    static Match error(String key) {
      return new Match(null, key);
    }
  }

  static final String UNKNOWN = "personnel.field.unknownUnit";
  static final String AMBIGUOUS = "personnel.field.ambiguousUnit";

  private static final Pattern PARENT_SEPARATOR = Pattern.compile("\\s*[/／]\\s*");

  private final EntityManager em;
  private final Predicate<OrgUnit> usable;

  RosterUnits(EntityManager em, Predicate<OrgUnit> usable) {
    this.em = em;
    this.usable = usable;
  }

  Map<String, Match> resolve(Collection<String> texts) {
    Map<String, Match> matches = new HashMap<>();
    Map<String, OrgUnit> byCode = byCode(texts);
    List<String> named = new ArrayList<>();
    for (String text : texts) {
      OrgUnit unit = byCode.get(text);
      if (unit != null) {
        matches.put(text, usable.test(unit) ? Match.of(unit) : Match.error(UNKNOWN));
      } else {
        named.add(text);
      }
    }
    Map<String, List<OrgUnit>> byName = byName(named.stream().map(RosterUnits::ownName).toList());
    for (String text : named) {
      String parent = parentName(text);
      List<OrgUnit> candidates =
          byName.getOrDefault(ownName(text), List.of()).stream()
              .filter(usable)
              .filter(u -> parent == null || isNamed(u.getParent(), parent))
              .toList();
      matches.put(
          text,
          switch (candidates.size()) {
            case 0 -> Match.error(UNKNOWN);
            case 1 -> Match.of(candidates.get(0));
            default -> Match.error(AMBIGUOUS);
          });
    }
    return matches;
  }

  private static String ownName(String text) {
    String[] parts = PARENT_SEPARATOR.split(text.strip());
    return parts[parts.length - 1];
  }

  private static String parentName(String text) {
    String[] parts = PARENT_SEPARATOR.split(text.strip());
    return parts.length < 2 ? null : parts[parts.length - 2];
  }

  private static boolean isNamed(OrgUnit unit, String name) {
    return unit != null && (name.equals(unit.getNameZh()) || name.equals(unit.getNameEn()));
  }

  private Map<String, OrgUnit> byCode(Collection<String> codes) {
    Map<String, OrgUnit> found = new HashMap<>();
    for (List<String> chunk : OracleLimits.chunks(codes, OracleLimits.IN_LIST)) {
      em.createQuery("SELECT u FROM OrgUnit u WHERE u.code IN :codes", OrgUnit.class)
          .setParameter("codes", chunk)
          .getResultStream()
          .forEach(unit -> found.put(unit.getCode(), unit));
    }
    return found;
  }

  private Map<String, List<OrgUnit>> byName(Collection<String> names) {
    Map<String, List<OrgUnit>> found = new HashMap<>();
    List<String> distinct = names.stream().filter(Objects::nonNull).distinct().toList();
    for (List<String> chunk : OracleLimits.chunks(distinct, OracleLimits.IN_LIST)) {
      em.createQuery(
              "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent"
                  + " WHERE u.nameZh IN :names OR u.nameEn IN :names",
              OrgUnit.class)
          .setParameter("names", chunk)
          .getResultStream()
          .forEach(
              unit -> {
                add(found, unit.getNameZh(), unit);
                if (!Objects.equals(unit.getNameZh(), unit.getNameEn())) {
                  add(found, unit.getNameEn(), unit);
                }
              });
    }
    return found;
  }

  private static void add(Map<String, List<OrgUnit>> found, String name, OrgUnit unit) {
    found.computeIfAbsent(name, n -> new ArrayList<>()).add(unit);
  }
}
