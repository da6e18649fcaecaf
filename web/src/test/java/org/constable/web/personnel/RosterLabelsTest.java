package org.constable.web.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterLabelsTest {

  @ParameterizedTest(name = "{0}: ''{1}'' → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "status          | 在岗          | ON_DUTY",
        "status          | ' 离岗培训 '   | OFF_POST_TRAINING",
        "status          | On duty       | ON_DUTY",
        "status          | on duty       | ON_DUTY",
        "status          | ON_DUTY       | ON_DUTY",
        "status          | 休假          | 休假",
        "category        | 民警          | POLICE",
        "category        | 辅警          | AUXILIARY",
        "education       | 大学本科       | BACHELOR",
        "education       | 硕士研究生     | MASTER",
        "entryChannel    | 军转安置       | MILITARY_TRANSFER",
        "politicalStatus | 中共党员       | CPC_MEMBER",
        "politicalStatus | 群众          | MASSES",
        "name            | 在岗          | 在岗",
      })
  void aLabelInEitherLanguageReadsAsItsCodeAndAnythingElseAsTyped(
      String field, String typed, String expected) {
    assertEquals(expected, RosterLabels.code(field, typed));
  }
}
