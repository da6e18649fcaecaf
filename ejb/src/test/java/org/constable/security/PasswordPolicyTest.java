package org.constable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy(10);

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abcdefghi        | password.tooShort",
        "abcdefghij       | ",
        "警察队伍正规化建设三年 | ",
        "警察队伍正规化建设 | password.tooShort",
        "150123abcdef     | password.containsPoliceNumber",
        "x150123          | password.tooShort;password.containsPoliceNumber",
        "15012-3abcdef    | ",
      })
  void rules(String password, String expected) {
    List<String> expectedKeys = expected == null ? List.of() : List.of(expected.split(";"));
    assertEquals(expectedKeys, policy.violations(password, "150123"));
  }
}
