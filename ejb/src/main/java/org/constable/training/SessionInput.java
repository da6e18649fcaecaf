package org.constable.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A session as HR plans it; instructors and examiners by instructor id. */
public record SessionInput(
    long courseId,
    String organiserUnitCode,
    LocalDate startDate,
    LocalDate endDate,
    String place,
    int capacity,
    int halfDays,
    boolean retraining,
    List<Long> instructorIds,
    List<Long> examinerIds)
    implements Serializable {

  public SessionInput {
    instructorIds = List.copyOf(instructorIds);
    examinerIds = List.copyOf(examinerIds);
  }
}
