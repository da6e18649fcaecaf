package org.constable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy(10);
  private final List<String> wangWei = List.of("wangwei", "weiwang", "wei");

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // length: exactly 10 passes, 9 does not; counted in characters, Chinese included
        "Zk8#pLq2vB       | ",
        "Zk8#pLq2v        | password.tooShort",
        "警察队伍正规化建设三年 | ",
        "警察队伍正规化建设 | password.tooShort",
        // the police number, anywhere in it
        "150123abcdefg    | password.containsPoliceNumber",
        "x150123          | password.tooShort;password.containsPoliceNumber",
        "15012-3abcdefg   | ",
        // the name in pinyin, either order, any case; a short spelling alone does not count
        "WangWei2026!!    | password.containsName",
        "my-weiwang-pass  | password.containsName",
        "wei-is-not-enough| ",
        // the common ones, whatever their case
        "1qaz2wsx3edc     | password.common",
        "Password1234     | password.common",
        "woaini1314520    | password.common",
        "qwertyuiop       | password.common",
        "1234567890       | password.common",
      })
  void rules(String password, String expected) {
    List<String> expectedKeys = expected == null ? List.of() : List.of(expected.split(";"));
    assertEquals(expectedKeys, policy.violations(password, "150123", wangWei));
  }

  @Test
  void theShippedListIsReadWithoutItsComments() {
    assertTrue(CommonPasswords.size() > 100, "entries: " + CommonPasswords.size());
    assertTrue(!CommonPasswords.contains("# one a line"));
  }
}
