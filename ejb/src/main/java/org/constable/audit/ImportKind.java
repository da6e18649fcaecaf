package org.constable.audit;

import org.constable.security.Permissions;

/** What a workbook import brings in, with the permission that imports it and reads its log. */
public enum ImportKind {
  ROSTER(Permissions.PERSONNEL_WRITE),
  CERTIFICATES(Permissions.QUALIFICATION_MANAGE),
  SCORES(Permissions.TRAINING_TEACH),
  HEALTH_CHECKS(Permissions.HEALTH_MANAGE);

  private final String permission;

  ImportKind(String permission) {
    this.permission = permission;
  }

  public String permission() {
    return permission;
  }
}
