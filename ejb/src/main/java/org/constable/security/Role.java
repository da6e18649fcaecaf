package org.constable.security;

/** The roles of DESIGN.md; an account may hold several. */
public enum Role {
  ADMIN,
  HR,
  TRAINER,
  LEADER,
  OFFICER
}
