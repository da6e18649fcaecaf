package org.constable.personnel;

import java.util.Arrays;

/**
 * A value failed its own validation. Carries a message key of the bundles and its arguments, never
 * a translated text, so the page shows it at the field in the user's language.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Object[] arguments;

  public InvalidValueException(String messageKey, Object... arguments) {
    super(arguments.length == 0 ? messageKey : messageKey + " " + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
