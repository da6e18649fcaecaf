package org.constable.personnel;

/** Names of the reference lists in {@code reference_item.list_code}. */
public final class ReferenceList {

  public static final String RANK = "RANK";
  public static final String GRADE = "GRADE";
  public static final String LINE = "LINE";
  public static final String POST = "POST";

  private ReferenceList() {}
}
