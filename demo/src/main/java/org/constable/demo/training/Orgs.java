package org.constable.demo.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The organisers and which of them each unit's officers belong to. */
record Orgs(List<Org> all, Map<Long, Org> byUnit) {

  Org city() {
    return all.get(0);
  }

  int serving() {
    return all.stream().mapToInt(Org::everyone).sum();
  }

  /** The same organisers with their head counts multiplied by the share, rounded up. */
  Orgs scaled(double share) {
    List<Org> scaled =
        all.stream()
            .map(
                org ->
                    new Org(
                        org.index(),
                        org.unitId(),
                        org.path(),
                        org.nameZh(),
                        org.city(),
                        (int) Math.ceil(org.police() * share),
                        (int) Math.ceil(org.everyone() * share)))
            .toList();
    Map<Long, Org> units = new HashMap<>();
    byUnit.forEach((unit, org) -> units.put(unit, scaled.get(org.index())));
    return new Orgs(scaled, units);
  }

  Org named(String nameZh) {
    return all.stream()
        .filter(org -> org.nameZh().equals(nameZh))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The demo force lacks " + nameZh));
  }
}
