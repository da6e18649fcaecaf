package org.constable.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.platform.AccessDeniedException;

/** Enforces {@link Guard} before the method runs: not logged in, or no permission, is 403. */
@Guard
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GuardInterceptor {

  @Inject private CurrentUser currentUser;
  @Inject private SecurityLog securityLog;

  /** Every refusal, the guard's own and a data-scope check's inside the method, is logged once. */
  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    try {
      if (method.getAnnotation(Unguarded.class) == null) {
        Guard guard = method.getAnnotation(Guard.class);
        if (guard == null) {
          guard = method.getDeclaringClass().getAnnotation(Guard.class);
        }
        require(guard == null ? new String[0] : guard.value());
      }
      return invocation.proceed();
    } catch (AccessDeniedException e) {
      if (e.markRecorded()) {
        securityLog.record(
            SecurityEventType.ACCESS_DENIED,
            SecurityOutcome.DENIED,
            null,
            method.getDeclaringClass().getSimpleName() + "." + method.getName());
      }
      throw e;
    }
  }

  private void require(String[] anyOf) {
    AccountPrincipal caller = currentUser.require();
    if (anyOf.length == 0) {
      return;
    }
    for (String permission : anyOf) {
      if (caller.can(permission)) {
        return;
      }
    }
    throw new AccessDeniedException();
  }
}
