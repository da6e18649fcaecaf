package org.constable.personnel;

import java.io.Serializable;
import java.util.List;

/** A bad value in a roster: its row, its column (a field of the template), and why. */
public record RowError(int rowNumber, String field, String messageKey, List<Object> arguments)
    implements Serializable {

  public RowError {
    arguments = List.copyOf(arguments);
  }

  static RowError at(int rowNumber, FieldError error) {
    return new RowError(rowNumber, error.field(), error.messageKey(), error.arguments());
  }

  static RowError at(int rowNumber, String field, String messageKey, Object... arguments) {
    return new RowError(rowNumber, field, messageKey, List.of(arguments));
  }
}
