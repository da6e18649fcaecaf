package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

  @ParameterizedTest
  @CsvSource({
    // input,                value,              birth date, gender, region, masked
    "11010519491231002X,     11010519491231002X, 1949-12-31, FEMALE, 110105, 11****************",
    "11010519491231002x,     11010519491231002X, 1949-12-31, FEMALE, 110105, 11****************",
    "'  440524188001010014 ', 440524188001010014, 1880-01-01, MALE,  440524, 44****************",
    "150802198503121230,     150802198503121230, 1985-03-12, MALE,   150802, 15****************",
    "150821200002292460,     150821200002292460, 2000-02-29, FEMALE, 150821, 15****************",
    "150824197001010016,     150824197001010016, 1970-01-01, MALE,   150824, 15****************",
    "15082619930615109x,     15082619930615109X, 1993-06-15, MALE,   150826, 15****************",
    "150823180001010027,     150823180001010027, 1800-01-01, FEMALE, 150823, 15****************",
  })
  void readsValidNumbers(
      String input,
      String value,
      LocalDate birthDate,
      Gender gender,
      String regionCode,
      String masked) {
    IdNumber idNumber = IdNumber.of(input);

    assertEquals(value, idNumber.value());
    assertEquals(birthDate, idNumber.birthDate());
    assertEquals(gender, idNumber.gender());
    assertEquals(regionCode, idNumber.regionCode());
    assertEquals(masked, idNumber.masked());
    assertEquals(masked, idNumber.toString());
  }

  @ParameterizedTest
  @CsvSource({"150802198503121230", "11010519491231002X", "440524188001010014"})
  void theMaskKeepsOnlyTheProvinceSoTheBirthDateBesideItRebuildsNothing(String number) {
    String masked = IdNumber.of(number).masked();
    assertEquals(18, masked.length());
    assertEquals(number.substring(0, 2), masked.substring(0, 2));
    // region (3-6) and sequence (15-17) digits: ten thousand times a thousand numbers remain
    assertEquals("*".repeat(16), masked.substring(2));
    assertEquals(true, IdNumber.isMask(masked));
    assertEquals(false, IdNumber.isMask(number));
  }

  @ParameterizedTest
  @CsvSource({
    "'',                   personnel.idNumber.blank",
    "'   ',                personnel.idNumber.blank",
    "11010519491231002,    personnel.idNumber.format",
    "11010519491231002X0,  personnel.idNumber.format",
    "1101051949123100XX,   personnel.idNumber.format",
    "X1010519491231002X,   personnel.idNumber.format",
    "11010519491231002Y,   personnel.idNumber.format",
    "110105194912310 2X,   personnel.idNumber.format",
    "１1010519491231002X,  personnel.idNumber.format",
    "110105194912310020,   personnel.idNumber.checksum",
    "150802198503121231,   personnel.idNumber.checksum",
    "150802198503121239,   personnel.idNumber.checksum",
    "440524188001010015,   personnel.idNumber.checksum",
    "150825200102290011,   personnel.idNumber.birthDate",
    "150825200002300016,   personnel.idNumber.birthDate",
    "150826179912310013,   personnel.idNumber.birthDate",
    "150802198513011234,   personnel.idNumber.birthDate",
    "150802198500001234,   personnel.idNumber.birthDate",
  })
  void rejectsInvalidNumbersWithTheirKey(String input, String messageKey) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> IdNumber.of(input));

    assertEquals(messageKey, e.getMessageKey());
  }

  @Test
  void rejectsNullAsBlank() {
    assertEquals(
        IdNumber.BLANK,
        assertThrows(InvalidValueException.class, () -> IdNumber.of(null)).getMessageKey());
  }

  @ParameterizedTest
  @CsvSource({
    "15080020261129002X, 2026-11-29, ",
    "15080020261130003X, 2026-11-30, ",
    "15080020261130003X, 2026-11-29, personnel.idNumber.birthDateInFuture",
    "150800202601010012, 2025-12-31, personnel.idNumber.birthDateInFuture",
    "150800202601010012, 2026-01-01, ",
  })
  void rejectsBirthDatesAfterToday(String input, LocalDate today, String messageKey) {
    if (messageKey == null) {
      assertEquals(input, IdNumber.of(input, today).value());
    } else {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> IdNumber.of(input, today));
      assertEquals(messageKey, e.getMessageKey());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "11010519491231002, 11010519491231002X",
    "44052418800101001, 440524188001010014",
    "15080219850312123, 150802198503121230",
    "15082619930615109, 15082619930615109X",
    "15082318000101002, 150823180001010027",
  })
  void completesTheCheckCharacter(String first17, String expected) {
    assertEquals(expected, IdNumber.withCheckDigit(first17).value());
  }

  @ParameterizedTest
  @CsvSource({
    "'',                 personnel.idNumber.blank",
    "1508021985031212,   personnel.idNumber.format",
    "150802198503121230, personnel.idNumber.format",
    "1508021985031212X,  personnel.idNumber.format",
    "15080219850230123,  personnel.idNumber.birthDate",
  })
  void refusesToCompleteInvalidDigits(String first17, String messageKey) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> IdNumber.withCheckDigit(first17));

    assertEquals(messageKey, e.getMessageKey());
  }

  @Test
  void comparesByValue() {
    assertEquals(IdNumber.of("11010519491231002x"), IdNumber.of("11010519491231002X"));
    assertEquals(
        IdNumber.of("11010519491231002x").hashCode(), IdNumber.of("11010519491231002X").hashCode());
    assertNotEquals(IdNumber.of("11010519491231002X"), IdNumber.of("440524188001010014"));
  }
}
