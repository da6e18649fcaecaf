package org.constable.education;

/** 全日制 or 在职. */
public enum StudyMode {
  FULL_TIME,
  PART_TIME
}
