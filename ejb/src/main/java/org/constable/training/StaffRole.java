package org.constable.training;

/** What an instructor does in a session: teach it (授课) or examine it (考核). */
public enum StaffRole {
  INSTRUCTOR,
  EXAMINER
}
