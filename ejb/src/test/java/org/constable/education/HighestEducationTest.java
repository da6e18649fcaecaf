package org.constable.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.education.HighestEducation.Completed;
import org.constable.personnel.Education;
import org.junit.jupiter.api.Test;

class HighestEducationTest {

  private static final List<Completed> RECORDS =
      List.of(
          new Completed(Education.HIGH_SCHOOL, LocalDate.of(1995, 7, 1)),
          new Completed(Education.BACHELOR, LocalDate.of(2010, 7, 1)),
          new Completed(Education.ASSOCIATE, LocalDate.of(2005, 7, 1)),
          new Completed(Education.MASTER, null));

  @Test
  void theHighestCompletedByTheDayCounts() {
    assertEquals(
        Optional.of(Education.BACHELOR), HighestEducation.on(RECORDS, LocalDate.of(2026, 1, 1)));
    assertEquals(
        Optional.of(Education.BACHELOR), HighestEducation.on(RECORDS, LocalDate.of(2010, 7, 1)));
    assertEquals(
        Optional.of(Education.ASSOCIATE), HighestEducation.on(RECORDS, LocalDate.of(2010, 6, 30)));
    assertEquals(Optional.empty(), HighestEducation.on(RECORDS, LocalDate.of(1995, 6, 30)));
    assertEquals(Optional.empty(), HighestEducation.on(List.of(), LocalDate.of(2026, 1, 1)));
  }
}
