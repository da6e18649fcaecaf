package org.constable.personnel;

import java.io.Serializable;
import java.util.List;

/**
 * What the officer list is narrowed to; every field is optional. {@code text} is a police number
 * prefix when it is all digits, else a part of the name; {@code unitId} stands for that unit and
 * everything beneath it; {@code markCode}, the officers carrying that {@link OfficerMark}; {@code
 * serving}, the statuses on the force's strength ({@link OfficerStatus#active()}); {@code group},
 * the officers behind a workforce figure; {@code officerIds}, these officers only (a selection).
 */
public record OfficerFilter(
    String text,
    Long unitId,
    String lineCode,
    String postCode,
    OfficerStatus status,
    PersonnelCategory category,
    String markCode,
    boolean serving,
    OfficerGroup group,
    List<Long> officerIds)
    implements Serializable {

  public OfficerFilter {
    officerIds = officerIds == null ? null : List.copyOf(officerIds);
  }

  public OfficerFilter(
      String text,
      Long unitId,
      String lineCode,
      String postCode,
      OfficerStatus status,
      PersonnelCategory category) {
    this(text, unitId, lineCode, postCode, status, category, null, false, null, null);
  }

  /** The same filter, narrowed to the officers a capability marks ({@link OfficerMark}). */
  public OfficerFilter withMark(String code) {
    return new OfficerFilter(
        text, unitId, lineCode, postCode, status, category, code, serving, group, officerIds);
  }

  /** The same filter, narrowed (or not) to the statuses on the force's strength. */
  public OfficerFilter withServing(boolean onStrength) {
    return new OfficerFilter(
        text,
        unitId,
        lineCode,
        postCode,
        status,
        category,
        markCode,
        onStrength,
        group,
        officerIds);
  }

  /** The same filter, narrowed to the officers behind a workforce figure; null for none. */
  public OfficerFilter withGroup(OfficerGroup figure) {
    return new OfficerFilter(
        text, unitId, lineCode, postCode, status, category, markCode, serving, figure, officerIds);
  }

  /**
   * These officers only, as far as the rest of the filter and the scope let them through: at most
   * {@link org.constable.platform.OracleLimits#IN_LIST}.
   */
  public OfficerFilter withOfficers(List<Long> ids) {
    return new OfficerFilter(
        text, unitId, lineCode, postCode, status, category, markCode, serving, group, ids);
  }

  public static OfficerFilter none() {
    return new OfficerFilter(null, null, null, null, null, null);
  }
}
