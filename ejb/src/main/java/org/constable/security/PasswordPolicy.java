package org.constable.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must satisfy: long enough, not holding the police number or the name in
 * pinyin, not one of the most common passwords. Answers with message keys of the violated rules.
 * (That it is none of the last five is the service's to check: it needs the stored hashes.)
 */
public record PasswordPolicy(int minLength) {

  /** Spellings shorter than this are too common in any word to refuse (e.g. "li", "wu"). */
  static final int MIN_NAME_SPELLING = 4;

  public List<String> violations(String password, String policeNumber) {
    return violations(password, policeNumber, List.of());
  }

  /**
   * @param nameSpellings the officer's name in pinyin as people write it, e.g. "wangwei", "weiwang"
   */
  public List<String> violations(String password, String policeNumber, List<String> nameSpellings) {
    var violations = new ArrayList<String>();
    if (password == null || password.codePointCount(0, password.length()) < minLength) {
      violations.add("password.tooShort");
    }
    if (password == null) {
      return violations;
    }
    if (policeNumber != null && password.contains(policeNumber)) {
      violations.add("password.containsPoliceNumber");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (nameSpellings.stream()
        .filter(s -> s.length() >= MIN_NAME_SPELLING)
        .anyMatch(s -> lower.contains(s.toLowerCase(Locale.ROOT)))) {
      violations.add("password.containsName");
    }
    if (CommonPasswords.contains(password)) {
      violations.add("password.common");
    }
    return violations;
  }
}
