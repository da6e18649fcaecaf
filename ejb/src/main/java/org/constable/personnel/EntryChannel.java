package org.constable.personnel;

/** How an officer joined the police. */
public enum EntryChannel {
  /** 招录. */
  RECRUITMENT,
  /** 军转安置. */
  MILITARY_TRANSFER,
  /** 调入. */
  TRANSFER_IN,
  /** 院校分配. */
  GRADUATE_PLACEMENT
}
