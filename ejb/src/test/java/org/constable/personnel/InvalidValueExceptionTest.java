package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void carriesKeyAndArgumentsNotText() {
    InvalidValueException e = new InvalidValueException("personnel.age.negative", -1, null);

    assertInstanceOf(IllegalArgumentException.class, e);
    assertEquals("personnel.age.negative", e.getMessageKey());
    assertArrayEquals(new Object[] {-1, null}, e.getArguments());
    assertEquals("personnel.age.negative [-1, null]", e.getMessage());
  }

  @Test
  void keepsItsArgumentsToItself() {
    InvalidValueException e = new InvalidValueException("personnel.idNumber.blank");
    e.getArguments();

    assertEquals(0, e.getArguments().length);
    assertEquals("personnel.idNumber.blank", e.getMessage());

    Object[] arguments = {1};
    InvalidValueException copied = new InvalidValueException("key", arguments);
    arguments[0] = 2;
    copied.getArguments()[0] = 3;
    assertArrayEquals(new Object[] {1}, copied.getArguments());
  }
}
