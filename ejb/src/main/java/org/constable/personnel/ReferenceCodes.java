package org.constable.personnel;

import java.util.Map;
import java.util.Set;

/** The codes each reference list accepts: ranks, grades, police lines, posts. */
public record ReferenceCodes(
    Set<String> ranks, Set<String> grades, Set<String> lines, Set<String> posts) {

  /** The lists as seeded; the database may hold more (ADMIN extends them). */
  public static ReferenceCodes seeded() {
    return new ReferenceCodes(
        codes(ReferenceData.ranks()),
        codes(ReferenceData.grades()),
        codes(ReferenceData.policeLines()),
        codes(ReferenceData.posts()));
  }

  public static ReferenceCodes of(Map<String, Set<String>> byList) {
    return new ReferenceCodes(
        byList.getOrDefault(ReferenceList.RANK, Set.of()),
        byList.getOrDefault(ReferenceList.GRADE, Set.of()),
        byList.getOrDefault(ReferenceList.LINE, Set.of()),
        byList.getOrDefault(ReferenceList.POST, Set.of()));
  }

  /**
   * These codes plus those the record already holds: a retired code stays valid on the records that
   * have it, so correcting a phone number does not force a new post.
   */
  public ReferenceCodes including(OfficerInput current) {
    return new ReferenceCodes(
        plus(ranks, current.rankCode()),
        plus(grades, current.gradeCode()),
        plus(lines, current.lineCode()),
        plus(posts, current.postCode()));
  }

  private static Set<String> plus(Set<String> codes, String code) {
    if (code == null || codes.contains(code)) {
      return codes;
    }
    var more = new java.util.HashSet<>(codes);
    more.add(code);
    return Set.copyOf(more);
  }

  private static Set<String> codes(java.util.List<ReferenceData> list) {
    return list.stream().map(ReferenceData::code).collect(java.util.stream.Collectors.toSet());
  }
}
