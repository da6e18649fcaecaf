package org.constable.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts by reference code (rank, grade) as buckets, in the order of the reference list. */
final class Distribution {

  private Distribution() {}

  /**
   * The codes that occur, in reference order; codes the list does not know follow in code order,
   * and officers without a code come last (a null code).
   */
  static List<Bucket> of(Map<String, Long> counts, List<String> order, long officers) {
    Map<String, Long> left = new HashMap<>(counts);
    List<Bucket> buckets = new ArrayList<>();
    for (String code : order) {
      Long count = left.remove(code);
      if (count != null && count > 0) {
        buckets.add(Bucket.of(code, count, officers));
      }
    }
    Long withoutCode = left.remove(null);
    left.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .forEach(e -> buckets.add(Bucket.of(e.getKey(), e.getValue(), officers)));
    if (withoutCode != null && withoutCode > 0) {
      buckets.add(Bucket.of(null, withoutCode, officers));
    }
    return List.copyOf(buckets);
  }
}
