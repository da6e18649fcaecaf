package org.constable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedDatesTest {

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource({
    "2020-09-01, 2020-09-01",
    "2020/9/1, 2020-09-01",
    "2020.09.01, 2020-09-01",
    "20200901, 2020-09-01",
    "' 2020-9-1 ', 2020-09-01",
    "2024-02-29, 2024-02-29",
    // not a day of the calendar
    "2023-02-29, ",
    "2021-13-01, ",
    "20201301, ",
    "2020-09, ",
    "9/1/2020, ",
    "abc, ",
    "'', ",
  })
  void aDateAsAClerkTypesIt(String typed, LocalDate day) {
    assertEquals(Optional.ofNullable(day), TypedDates.parse(typed));
  }
}
