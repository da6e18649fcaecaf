package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitRowTest {

  @ParameterizedTest(name = "{0} repeats={1} parent={2} → {4}")
  @CsvSource({
    "刑侦大队, true,  临河区公安分局, zh, 临河区公安分局 / 刑侦大队",
    "刑侦大队, false, 临河区公安分局, zh, 刑侦大队",
    "刑侦大队, true,  临河区公安分局, en, Linhe District / Criminal Investigation",
    "巴彦淖尔市公安局, true, , zh, 巴彦淖尔市公安局",
  })
  void aUnitIsNamedAfterItsParentOnlyWhereItsNameRepeats(
      String name, boolean repeats, String parent, String language, String expected) {
    boolean hasParent = parent != null;
    var unit =
        new UnitRow(
            2L,
            "150802",
            name,
            name.equals("刑侦大队") ? "Criminal Investigation" : "Bayannur",
            UnitKind.DEPARTMENT,
            hasParent ? 1L : null,
            parent,
            hasParent ? "Linhe District" : null,
            repeats);
    assertEquals(expected, unit.label(Locale.forLanguageTag(language)));
  }
}
