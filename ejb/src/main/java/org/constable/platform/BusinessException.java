package org.constable.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule said no. Carries a message key of the web bundles and its arguments, never a
 * translated text, so each client shows it in its user's language. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    // an argument may be null (a missing id in a hand-edited URL): List.of would refuse it
    this.arguments =
        java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments.toArray();
  }
}
