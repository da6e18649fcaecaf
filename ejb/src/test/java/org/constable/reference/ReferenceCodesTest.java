package org.constable.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceCodesTest {

  private final ReferenceCodes codes =
      ReferenceCodes.of(
          List.of(
              new ReferenceEntry("POST", "FZY", "法制员", "Legal Officer", 10, true, 0),
              new ReferenceEntry("POST", "NQ", "内勤", "Office Duty", 20, true, 0),
              new ReferenceEntry("LINE", "FZ", "法制", "Legal Affairs", 10, true, 0),
              // a name that is another entry's code: the code wins
              new ReferenceEntry("LINE", "ZA", "FZ", "Public Order", 20, true, 0)));

  @ParameterizedTest(name = "{0} ''{1}'' is {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "POST, FZY,           FZY",
        "POST, fzy,           FZY",
        "POST, ' FZY ',       FZY",
        "POST, 法制员,         FZY",
        "POST, legal officer, FZY",
        "POST, Office Duty,   NQ",
        "POST, 内勤,           NQ",
        "POST, FZ,            -",
        "POST, 法制,           -",
        "LINE, FZ,            FZ",
        "LINE, 法制,           FZ",
        "LINE, 法制员,         -",
        "RANK, FZY,           -",
        "POST, '',            -",
        "POST, -,             -",
      })
  void whatATypedTextMeans(String list, String typed, String code) {
    assertEquals(code, codes.resolve(list, typed).orElse(null));
  }

  @Test
  void aRetiredCodeIsAcceptedOnlyWhereItIsIncluded() {
    assertFalse(codes.accepts("POST", "OLD"));
    ReferenceCodes held = codes.including("POST", "OLD");
    assertTrue(held.accepts("POST", "OLD"));
    assertFalse(held.accepts("LINE", "OLD"));
    assertFalse(codes.accepts("POST", "OLD"), "the original is unchanged");
    assertTrue(held.accepts("POST", "FZY"));
  }

  @Test
  void includingACodeAlreadyAcceptedOrNoCodeChangesNothing() {
    assertEquals(codes, codes.including("POST", "FZY"));
    assertEquals(codes, codes.including("POST", null));
  }
}
