package org.constable.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method that anyone may call, logged in or not, and why: the log-in itself, start-up
 * work, policy values that rules read. Rare, and each one stated.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Unguarded {

  /** Why no caller check applies. */
  String value();
}
