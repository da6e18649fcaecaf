package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetShareTest {

  @ParameterizedTest(name = "spend {0} of {1} against {2}%: meets {3}, shown {4}%")
  @CsvSource({
    // exactly 5% meets the floor
    "50000.00, 1000000.00, 5, true,  5.00",
    // one fen short does not, though it shows as 5.00%
    "49999.99, 1000000.00, 5, false, 5.00",
    "50000.01, 1000000.00, 5, true,  5.00",
    "0.00,     1000000.00, 5, false, 0.00",
    // a third: shown rounded half up, compared exactly
    "1.00,     3.00,       33, true, 33.33",
    "0.99,     3.00,       33, true, 33.00",
    "0.98,     3.00,       33, false, 32.67",
    // a floor of 0 is met by anything
    "0.00,     10.00,      0, true,  0.00",
  })
  void theFloorIsComparedOnExactAmounts(
      BigDecimal spend, BigDecimal budget, int floor, boolean meets, BigDecimal shown) {
    assertEquals(meets, BudgetShare.meets(spend, budget, floor));
    assertEquals(shown, BudgetShare.percent(spend, budget));
  }

  @ParameterizedTest(name = "no budget: {0} spent against {1}%: meets {2}")
  @CsvSource({"0.00, 5, true", "10.00, 5, true"})
  void withoutABudgetThereIsNoShareAndAnySpendMeetsTheFloor(
      BigDecimal spend, int floor, boolean meets) {
    assertEquals(meets, BudgetShare.meets(spend, BigDecimal.ZERO, floor));
    assertEquals(null, BudgetShare.percent(spend, BigDecimal.ZERO));
  }
}
