package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoliceNumberTest {

  @ParameterizedTest
  @CsvSource({
    "150001,       150001",
    "'  900123  ', 900123",
    "000000,       000000",
    "'\t999999 ', 999999",
  })
  void acceptsSixDigits(String input, String value) {
    assertEquals(value, PoliceNumber.of(input).value());
    assertEquals(value, PoliceNumber.of(input).toString());
  }

  @ParameterizedTest
  @CsvSource({
    "'',       personnel.policeNumber.blank",
    "'    ',   personnel.policeNumber.blank",
    "15000,    personnel.policeNumber.format",
    "1500011,  personnel.policeNumber.format",
    "15a001,   personnel.policeNumber.format",
    "150 01,   personnel.policeNumber.format",
    "-15001,   personnel.policeNumber.format",
    "１50001,  personnel.policeNumber.format",
    "WZ0001,   personnel.policeNumber.format",
  })
  void rejectsOthersWithTheirKey(String input, String messageKey) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PoliceNumber.of(input));

    assertEquals(messageKey, e.getMessageKey());
  }

  @Test
  void rejectsNullAsBlank() {
    assertEquals(
        PoliceNumber.BLANK,
        assertThrows(InvalidValueException.class, () -> PoliceNumber.of(null)).getMessageKey());
  }

  @Test
  void comparesByValue() {
    assertEquals(PoliceNumber.of(" 150001"), PoliceNumber.of("150001"));
    assertEquals(PoliceNumber.of(" 150001").hashCode(), PoliceNumber.of("150001").hashCode());
    assertNotEquals(PoliceNumber.of("150001"), PoliceNumber.of("150002"));
  }
}
