package org.constable.personnel;

/** 政治面貌, as personnel records write it. */
public enum PoliticalStatus {
  /** 中共党员 */
  CPC_MEMBER,
  /** 中共预备党员 */
  CPC_PROBATIONARY,
  /** 共青团员 */
  CYL_MEMBER,
  /** 民主党派成员 */
  DEMOCRATIC_PARTY,
  /** 无党派人士 */
  NON_PARTISAN,
  /** 群众 */
  MASSES;

  /** A member of the Party, full or probationary: the record holds the day of joining. */
  public boolean isPartyMember() {
    return this == CPC_MEMBER || this == CPC_PROBATIONARY;
  }
}
