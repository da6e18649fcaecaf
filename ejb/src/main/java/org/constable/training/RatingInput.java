package org.constable.training;

import java.io.Serializable;
import org.constable.platform.BusinessException;

/** A trainee's marks for one instructor: content, teaching method and overall, 1 to 5 stars. */
public record RatingInput(long instructorId, int content, int method, int overall, String remark)
    implements Serializable {

  static final int LONGEST_REMARK = 300;

  /** Every mark from 1 to 5 (a star left empty is refused), a remark of at most 300 characters. */
  void check() {
    for (int mark : new int[] {content, method, overall}) {
      if (mark < 1 || mark > 5) {
        throw new BusinessException("training.evaluation.marks");
      }
    }
    if (remark != null && remark.strip().length() > LONGEST_REMARK) {
      throw new BusinessException("training.evaluation.remarkTooLong", LONGEST_REMARK);
    }
  }
}
