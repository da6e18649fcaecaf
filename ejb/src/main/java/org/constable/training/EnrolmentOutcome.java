package org.constable.training;

import java.io.Serializable;
import java.util.List;

/**
 * What an enrolment did: how many were enrolled, how many already were, and the officers to think
 * twice about (on sick leave or in off-post training), by name.
 */
public record EnrolmentOutcome(int enrolled, int alreadyEnrolled, List<String> warned)
    implements Serializable {

  public EnrolmentOutcome {
    warned = List.copyOf(warned);
  }
}
