package org.constable.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a service method: a logged-in caller holding any one of the permissions, or, with
 * none named, any logged-in caller (the method then decides, e.g. "its own record"). On the class
 * it covers every business method; on a method it replaces the class's. The data scope is the
 * method's to check, on the data it touches ({@link CurrentUser#scope()}).
 *
 * <p>{@code GuardTest} fails the build when a public service method has neither this nor {@link
 * Unguarded}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Guard {

  /** Permission codes ({@link Permissions}); any one of them suffices. */
  @Nonbinding
  String[] value() default {};
}
