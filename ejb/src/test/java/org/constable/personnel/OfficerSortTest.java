package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficerSortTest {

  @ParameterizedTest
  @CsvSource({
    // property,   ascending, order by
    "policeNumber, true,  ' ORDER BY o.policeNumber ASC'",
    "policeNumber, false, ' ORDER BY o.policeNumber DESC'",
    "name,         true,  ' ORDER BY o.namePinyin ASC, o.policeNumber ASC'",
    "birthDate,    false, ' ORDER BY o.birthDate DESC, o.policeNumber ASC'",
    "unitNameZh,   true,  ' ORDER BY u.nameZh ASC, o.policeNumber ASC'",
    "unitNameEn,   false, ' ORDER BY u.nameEn DESC, o.policeNumber ASC'",
    "idNumber,     true,  ' ORDER BY o.policeNumber ASC'",
    "'o.name; DROP TABLE officer', false, ' ORDER BY o.policeNumber DESC'",
    "'',           true,  ' ORDER BY o.policeNumber ASC'",
  })
  void sortsOnlyByWhitelistedFieldsAndBreaksTiesByPoliceNumber(
      String property, boolean ascending, String orderBy) {
    assertEquals(orderBy, OfficerSort.by(property, ascending).orderBy());
  }

  @ParameterizedTest
  @CsvSource({"true", "false"})
  void noPropertyMeansPoliceNumber(boolean ascending) {
    assertEquals(OfficerSort.Field.POLICE_NUMBER, OfficerSort.by(null, ascending).field());
  }
}
