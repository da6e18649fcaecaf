package org.constable.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

  @Test
  void onlyTheFieldsThatDifferAreKeptWithBeforeAndAfter() {
    var before = new LinkedHashMap<String, Object>();
    before.put("name", "王伟");
    before.put("unit", "A");
    before.put("grade", "KY");
    var after = new LinkedHashMap<String, Object>();
    after.put("name", "王伟");
    after.put("unit", "B");
    after.put("grade", null);
    var changes = Changes.between(before, after);
    assertEquals(2, changes.fields().size());
    assertEquals("{\"unit\":[\"A\",\"B\"],\"grade\":[\"KY\",\"\"]}", changes.toJson());
  }

  @Test
  void identicalSnapshotsHaveNoChanges() {
    assertTrue(Changes.between(Map.of("a", 1), Map.of("a", 1)).isEmpty());
    assertTrue(
        Changes.between(Map.of(), new HashMap<>(java.util.Collections.singletonMap("a", null)))
            .isEmpty());
  }

  @Test
  void aCreatedRecordListsEveryField() {
    assertEquals("{\"a\":[\"\",\"1\"]}", Changes.created(Map.of("a", 1)).toJson());
  }
}
