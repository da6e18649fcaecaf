package org.constable.web.personnel;

import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;

/**
 * The officer list's one-click filters: who an HR clerk looks for most days. A preset sets the
 * category and the status filter ({@link StatusChoice}) and leaves the other filters as they are.
 */
public enum OfficerPreset {
  /** 在职民警: the default, the police officers on the force's strength. */
  SERVING_POLICE(PersonnelCategory.POLICE, StatusChoice.SERVING),
  /** 在职辅警. */
  SERVING_AUXILIARY(PersonnelCategory.AUXILIARY, StatusChoice.SERVING),
  /** 在职文职. */
  SERVING_CIVILIAN(PersonnelCategory.CIVILIAN, StatusChoice.SERVING),
  /** 离岗培训: whoever is off post for training, of any category. */
  OFF_POST_TRAINING(null, StatusChoice.of(OfficerStatus.OFF_POST_TRAINING)),
  /** 全部人员: everyone of the scope, retired and transferred out included. */
  EVERYONE(null, null);

  public static final OfficerPreset DEFAULT = SERVING_POLICE;

  private final PersonnelCategory category;
  private final String status;

  OfficerPreset(PersonnelCategory category, String status) {
    this.category = category;
    this.status = status;
  }

  public PersonnelCategory category() {
    return category;
  }

  /** The status filter's value ({@link StatusChoice}); null for any. */
  public String status() {
    return status;
  }

  /** Whether the list's filter is this preset's. */
  public boolean matches(PersonnelCategory category, String status) {
    return this.category == category && java.util.Objects.equals(this.status, status);
  }
}
