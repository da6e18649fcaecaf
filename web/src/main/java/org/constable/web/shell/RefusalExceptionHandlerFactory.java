package org.constable.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link RefusalExceptionHandler} around the handler configured before it. */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

  public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
  }
}
