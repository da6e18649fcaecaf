package org.constable.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.constable.audit.SecurityEventDraft;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.platform.RequestOrigin;
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
    DISABLED,
    /** Too many failures from the client's address, whatever the names typed. */
    THROTTLED
  }

  /** The key of an address's failures in {@code login_failure}, beside the names typed. */
  static final String ADDRESS_PREFIX = "@";

  public record Result(Outcome outcome, AccountPrincipal principal) {}

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @Inject private PolicyService policy;
  @Inject private Clock clock;
  @Inject private CurrentUser currentUser;
  @Inject private SecurityLog securityLog;

  /**
   * A throttled address or a locked name is refused before the password is hashed, so a flood costs
   * no Argon2 hash per request. The address is locked before the name, always in that order.
   */
  @Unguarded("the log-in itself: the caller is nobody yet")
  public Result authenticate(String loginName, String password) {
    String name = loginName == null ? "" : loginName.trim();
    if (name.isEmpty() || name.length() > MAX_LOGIN_NAME || password == null) {
      log(name, SecurityEventType.LOGIN, SecurityOutcome.FAILURE, "malformed");
      return new Result(Outcome.INVALID, null);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    LoginThrottle throttle = LoginFailures.throttle(policy, PolicyKeys.LOGIN_MAX_FAILURES);
    LoginThrottle addressThrottle =
        LoginFailures.throttle(policy, PolicyKeys.LOGIN_ADDRESS_MAX_FAILURES);
    String address = RequestOrigin.address();
    LoginFailure addressFailures =
        address == null ? null : LoginFailures.locked(em, ADDRESS_PREFIX + address);
    if (addressFailures != null && addressThrottle.isLocked(addressFailures.state(), now)) {
      log(name, SecurityEventType.LOGIN, SecurityOutcome.DENIED, "address throttled");
      return new Result(Outcome.THROTTLED, null);
    }
    LoginFailure failures = LoginFailures.locked(em, name);
    if (failures != null && throttle.isLocked(failures.state(), now)) {
      log(name, SecurityEventType.LOGIN, SecurityOutcome.DENIED, "locked");
      return new Result(Outcome.LOCKED, null);
    }
    Account account = findAccount(name);
    // hash even for an unknown name, so the answer takes as long either way
    boolean passwordOk =
        account != null
            ? hasher.matches(password, account.getPasswordHash())
            : hasher.matchesNothing(password);
    if (!passwordOk) {
      if (address != null) {
        LoginFailures.count(em, ADDRESS_PREFIX + address, addressFailures, addressThrottle, now);
      }
      boolean locked = LoginFailures.count(em, name, failures, throttle, now);
      log(
          name,
          locked ? SecurityEventType.LOCKOUT : SecurityEventType.LOGIN,
          SecurityOutcome.FAILURE,
          account == null ? "unknown name" : "wrong password");
      return new Result(locked ? Outcome.LOCKED : Outcome.INVALID, null);
    }
    if (failures != null) {
      em.remove(failures);
    }
    if (!account.isEnabled()) {
      log(name, SecurityEventType.LOGIN, SecurityOutcome.DENIED, "disabled");
      return new Result(Outcome.DISABLED, null);
    }
    log(name, SecurityEventType.LOGIN, SecurityOutcome.SUCCESS, null);
    return new Result(Outcome.SUCCESS, principalOf(account));
  }

  /** Whether a live session may go on, checked on each page request. */
  public enum SessionCheck {
    HOLDS,
    /** Older than the absolute lifetime, however busy. */
    LIFETIME,
    /** Its account was disabled, or its roles, scope or password changed. */
    ENDED
  }

  @Unguarded("the session's own account is checked, by id, before anything else runs")
  public SessionCheck check(AccountPrincipal principal, LocalDateTime loggedInAt) {
    if (loggedInAt != null
        && !LocalDateTime.now(clock)
            .isBefore(loggedInAt.plusHours(policy.intValue(PolicyKeys.SESSION_ABSOLUTE_HOURS)))) {
      return SessionCheck.LIFETIME;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.sessionEpoch, a.enabled FROM Account a WHERE a.id = :id", Object[].class)
            .setParameter("id", principal.accountId())
            .getResultList();
    boolean holds =
        !rows.isEmpty()
            && ((Number) rows.get(0)[0]).longValue() == principal.sessionEpoch()
            && (rows.get(0)[1] instanceof Boolean enabled
                ? enabled
                : ((Number) rows.get(0)[1]).intValue() == 1);
    return holds ? SessionCheck.HOLDS : SessionCheck.ENDED;
  }

  /** Rebuilds the caller's own principal, e.g. after a password change. */
  @Guard
  public AccountPrincipal reloadOwn() {
    return principalOf(em.find(Account.class, currentUser.require().accountId()));
  }

  private void log(String name, SecurityEventType type, SecurityOutcome outcome, String detail) {
    securityLog.write(SecurityEventDraft.of(name, type, outcome, null, detail));
  }

  private Account findAccount(String policeNumber) {
    return em.createNamedQuery("Account.findByPoliceNumber", Account.class)
        .setParameter("policeNumber", policeNumber)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The principal of an account, with its roles and permissions as the database has them now. */
  @Unguarded("for a caller that has just authenticated the account (an API token)")
  public AccountPrincipal principalOf(Account account) {
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
        account.isMustChangePassword() || expired(account),
        account.getSessionEpoch());
  }

  /** Older than the policy's maximum age (0: passwords do not expire). */
  private boolean expired(Account account) {
    int maxAgeDays = policy.intValue(PolicyKeys.PASSWORD_MAX_AGE_DAYS);
    return maxAgeDays > 0
        && account.passwordSetAt() != null
        && !LocalDateTime.now(clock).isBefore(account.passwordSetAt().plusDays(maxAgeDays));
  }
}
