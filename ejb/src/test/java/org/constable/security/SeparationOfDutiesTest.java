package org.constable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeparationOfDutiesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "ADMIN,                 ",
    "ADMIN HR,              ",
    "ADMIN OFFICER,         ",
    "SECADMIN,              ",
    "SECADMIN OFFICER,      ",
    "AUDITOR OFFICER,       ",
    "HR TRAINER LEADER OFFICER, ",
    "ADMIN SECADMIN,        account.oneAdministrator",
    "ADMIN AUDITOR,         account.oneAdministrator",
    "SECADMIN AUDITOR,      account.oneAdministrator",
    "ADMIN SECADMIN AUDITOR OFFICER, account.oneAdministrator",
    "AUDITOR HR,            account.auditorAlone",
    "AUDITOR LEADER OFFICER, account.auditorAlone",
    "SECADMIN HR,           account.secadminAlone",
    "SECADMIN TRAINER,      account.secadminAlone",
  })
  void noAccountCombinesDutiesThatCheckEachOther(String roles, String expected) {
    var set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.trim().split("\\s+")).map(Role::valueOf).forEach(set::add);
    assertEquals(expected, SeparationOfDuties.violation(set).orElse(null));
  }
}
