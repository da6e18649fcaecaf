package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.constable.platform.OracleLimits;
import org.junit.jupiter.api.Test;

/**
 * The pages and chunks that go into an IN list stay within Oracle's 1,000 expressions: raising one
 * past it would pass every test on H2 and fail on Oracle with ORA-01795.
 */
class InListLimitTest {

  @Test
  void theListPagesAndTheImportChunksFitAnOracleInList() {
    assertTrue(OracleLimits.IN_LIST <= 1000);
    assertTrue(OfficerDirectory.EXPORT_PAGE_SIZE <= OracleLimits.IN_LIST);
    assertTrue(OfficerDirectory.MAX_PAGE_SIZE <= OracleLimits.IN_LIST);
    assertTrue(RosterImport.IN_LIST_SIZE <= OracleLimits.IN_LIST);
  }
}
