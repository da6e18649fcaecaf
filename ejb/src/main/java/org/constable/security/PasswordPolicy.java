package org.constable.security;

import java.util.ArrayList;
import java.util.List;

/** What a new password must satisfy. Answers with message keys of the violated rules. */
public record PasswordPolicy(int minLength) {

  public List<String> violations(String password, String policeNumber) {
    var violations = new ArrayList<String>();
    if (password == null || password.codePointCount(0, password.length()) < minLength) {
      violations.add("password.tooShort");
    }
    if (password != null && policeNumber != null && password.contains(policeNumber)) {
      violations.add("password.containsPoliceNumber");
    }
    return violations;
  }
}
