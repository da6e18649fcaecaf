package org.constable.reporting;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.constable.personnel.Education;

/**
 * Officers by highest education, every {@link Education} level in order (lowest first), and the
 * share at high school or secondary level or below that the policy watches.
 */
public record EducationStructure(List<Bucket> levels, Share highSchoolOrBelow)
    implements Serializable {

  public EducationStructure {
    levels = List.copyOf(levels);
  }

  static EducationStructure of(Map<String, Long> countsByLevel, long officers) {
    List<Bucket> levels =
        Arrays.stream(Education.values())
            .map(e -> Bucket.of(e.name(), countsByLevel.getOrDefault(e.name(), 0L), officers))
            .toList();
    long low =
        Arrays.stream(Education.values())
            .filter(Education::isHighSchoolOrBelow)
            .mapToLong(e -> countsByLevel.getOrDefault(e.name(), 0L))
            .sum();
    return new EducationStructure(levels, Share.of(low, officers));
  }
}
