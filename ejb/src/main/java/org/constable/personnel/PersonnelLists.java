package org.constable.personnel;

import java.util.Map;
import org.constable.reference.ReferenceCodes;

/**
 * The reference lists personnel declares (migration V2, declared in {@code reference_list}), and
 * the record field each one fills.
 */
public final class PersonnelLists {

  public static final String RANK = "RANK";
  public static final String GRADE = "GRADE";
  public static final String LINE = "LINE";
  public static final String POST = "POST";

  /** The record fields ({@link OfficerInputParser#FIELDS}) that take a code, with their list. */
  public static final Map<String, String> LIST_OF_FIELD =
      Map.of("rankCode", RANK, "gradeCode", GRADE, "lineCode", LINE, "postCode", POST);

  private PersonnelLists() {}

  /** The codes accepted now, plus those the record already holds (retired codes stay valid). */
  public static ReferenceCodes withCodesOf(ReferenceCodes codes, OfficerInput held) {
    return withCodes(codes, held.rankCode(), held.gradeCode(), held.lineCode(), held.postCode());
  }

  static ReferenceCodes withCodes(
      ReferenceCodes codes, String rank, String grade, String line, String post) {
    return codes
        .including(RANK, rank)
        .including(GRADE, grade)
        .including(LINE, line)
        .including(POST, post);
  }
}
