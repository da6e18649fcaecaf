package org.constable.personnel;

import java.io.Serializable;
import java.util.List;

/** A value that was refused, at the field that held it, as a message key with its arguments. */
public record FieldError(String field, String messageKey, List<Object> arguments)
    implements Serializable {

  public FieldError {
    arguments = List.copyOf(arguments);
  }

  static FieldError of(String field, String messageKey, Object... arguments) {
    return new FieldError(field, messageKey, List.of(arguments));
  }
}
