package org.constable.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.constable.platform.OracleLimits;
import org.constable.policy.PolicyKeys;
import org.constable.policy.PolicyService;

/**
 * Checks a police number and password. Failures are counted by the name typed, known or not, and
 * committed even though the log-in fails (the outcome is returned, not thrown).
 */
@Stateless
public class AuthenticationService {

  /** A police number is 6 digits; anything much longer is not worth a row. */
  private static final int MAX_LOGIN_NAME = 40;

  public enum Outcome {
    SUCCESS,
    INVALID,
    LOCKED,
    DISABLED
  }

  public record Result(Outcome outcome, AccountPrincipal principal) {}

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @Inject private PolicyService policy;
  @Inject private Clock clock;
  @Inject private CurrentUser currentUser;

  @Unguarded("the log-in itself: the caller is nobody yet")
  public Result authenticate(String loginName, String password) {
    String name = loginName == null ? "" : loginName.trim();
    if (name.isEmpty() || name.length() > MAX_LOGIN_NAME || password == null) {
      return new Result(Outcome.INVALID, null);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    LoginThrottle throttle = throttle();
    LoginFailure failures =
        em.find(
            LoginFailure.class, name, LockModeType.PESSIMISTIC_WRITE, OracleLimits.lockTimeout());
    if (failures != null && throttle.isLocked(failures.state(), now)) {
      return new Result(Outcome.LOCKED, null);
    }
    Account account = findAccount(name);
    // hash even for an unknown name, so the answer takes as long either way
    boolean passwordOk =
        account != null
            ? hasher.matches(password, account.getPasswordHash())
            : hasher.matchesNothing(password);
    if (!passwordOk) {
      return recordFailure(name, failures, throttle, now);
    }
    if (failures != null) {
      em.remove(failures);
    }
    if (!account.isEnabled()) {
      return new Result(Outcome.DISABLED, null);
    }
    return new Result(Outcome.SUCCESS, principalOf(account));
  }

  /** Rebuilds the caller's own principal, e.g. after a password change. */
  @Guard
  public AccountPrincipal reloadOwn() {
    return principalOf(em.find(Account.class, currentUser.require().accountId()));
  }

  private Result recordFailure(
      String name, LoginFailure failures, LoginThrottle throttle, LocalDateTime now) {
    LoginThrottle.State before = failures == null ? LoginThrottle.State.CLEAR : failures.state();
    LoginThrottle.State after = throttle.afterFailure(before, now);
    if (failures == null) {
      em.persist(new LoginFailure(name, after));
    } else {
      failures.update(after);
    }
    return new Result(throttle.isLocked(after, now) ? Outcome.LOCKED : Outcome.INVALID, null);
  }

  private Account findAccount(String policeNumber) {
    return em.createNamedQuery("Account.findByPoliceNumber", Account.class)
        .setParameter("policeNumber", policeNumber)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private AccountPrincipal principalOf(Account account) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(account.getRoles());
    Set<String> permissions = new HashSet<>();
    for (Object code :
        em.createNativeQuery(
                "SELECT rp.permission_code FROM role_permission rp JOIN account_role ar"
                    + " ON ar.role_code = rp.role_code WHERE ar.account_id = ?1")
            .setParameter(1, account.getId())
            .getResultList()) {
      permissions.add(code.toString());
    }
    var officer = account.getOfficer();
    var scope = account.getScopeUnit();
    return new AccountPrincipal(
        account.getId(),
        officer.getId(),
        officer.getPoliceNumber(),
        officer.getName(),
        officer.getUnit().getNameZh(),
        officer.getUnit().getNameEn(),
        scope.getId(),
        scope.getPath(),
        roles,
        permissions,
        account.getLocale(),
        account.isMustChangePassword());
  }

  private LoginThrottle throttle() {
    return new LoginThrottle(
        policy.intValue(PolicyKeys.LOGIN_MAX_FAILURES),
        Duration.ofMinutes(policy.intValue(PolicyKeys.LOGIN_FAILURE_WINDOW_MINUTES)),
        Duration.ofMinutes(policy.intValue(PolicyKeys.LOGIN_LOCK_MINUTES)));
  }
}
