package org.constable.training;

/** Training done outside Constable's sessions. */
public enum ExternalKind {
  /** 上级机关组织的培训: the provincial department's or the ministry's courses. */
  HIGHER_AUTHORITY,
  /** 网络培训: an online course (the police online academy). */
  ONLINE,
  /** 院校进修: a course at a police academy or a university. */
  ACADEMY,
  OTHER
}
