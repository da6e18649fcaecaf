package org.constable.web.personnel;

import java.util.ArrayList;
import java.util.List;
import org.constable.personnel.OfficerStatus;

/**
 * The officer list's status filter: one status by its name, or {@link #SERVING} for every status on
 * the force's strength ({@link OfficerStatus#active()}: 在岗, 离岗培训, 病休).
 */
public final class StatusChoice {

  public static final String SERVING = "SERVING";

  private StatusChoice() {}

  public static String of(OfficerStatus status) {
    return status.name();
  }

  /** {@link #SERVING}, then every status. */
  public static List<String> all() {
    List<String> choices = new ArrayList<>(List.of(SERVING));
    for (OfficerStatus status : OfficerStatus.values()) {
      choices.add(status.name());
    }
    return choices;
  }

  /** The one status chosen, or null for any or for {@link #SERVING}. */
  static OfficerStatus status(String choice) {
    return choice == null || SERVING.equals(choice) ? null : OfficerStatus.valueOf(choice);
  }

  static boolean serving(String choice) {
    return SERVING.equals(choice);
  }

  static boolean isValid(String choice) {
    return all().contains(choice);
  }
}
