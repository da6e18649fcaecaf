package org.constable.education;

import org.constable.platform.BusinessException;

/** The small checks every input of the capability makes. */
final class InputChecks {

  private InputChecks() {}

  static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static void require(Object value, String key) {
    if (value == null) {
      throw new BusinessException(key);
    }
  }

  static void longest(String text, int length) {
    if (text != null && text.length() > length) {
      throw new BusinessException("education.tooLong", length);
    }
  }

  static String reason(String text, String requiredKey) {
    String reason = strip(text);
    require(reason, requiredKey);
    longest(reason, 500);
    return reason;
  }
}
