package org.constable.security;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityEvents;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.policy.PolicyKeys;
import org.constable.policy.PolicyService;

/**
 * Two-factor sign-in (TOTP, RFC 6238): required for the roles the policy names ({@code
 * security.twoFactor.<ROLE>}), optional for the others. An account enrols by scanning a QR code and
 * confirming one code, and receives ten recovery codes, shown once and kept hashed. Wrong codes
 * count against the account like wrong passwords; only the security administrator resets the
 * factor, which ends the account's sessions.
 */
@Stateless
@Guard
public class TwoFactor {

  /** What the log-in still needs after the password. */
  public enum Need {
    NONE,
    /** The role requires a second factor the account has not set up yet. */
    ENROL,
    CODE
  }

  /** How a code was taken. */
  public enum Verdict {
    ACCEPTED,
    WRONG,
    LOCKED
  }

  /** A secret offered for enrolment and the address its QR code carries. */
  public record Offer(String secret, String uri) {}

  static final int RECOVERY_CODES = 10;

  /** The key of the wrong codes in {@code login_failure}, beside names and addresses. */
  static final String FAILURE_PREFIX = "#";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private PolicyService policy;
  @Inject private Clock clock;
  @Inject private SecurityLog securityLog;
  @Inject private SecurityEvents securityEvents;
  @Inject private AuditTrail audit;
  @Inject private SealKey sealKey;

  private final TotpCodes codes = new TotpCodes();

  public Need needAtLogIn() {
    Account account = own();
    if (account.getTotpSecret() != null) {
      return Need.CODE;
    }
    return required(account) ? Need.ENROL : Need.NONE;
  }

  public boolean isEnrolled() {
    return own().getTotpSecret() != null;
  }

  public LocalDateTime enrolledAt() {
    return own().getTotpEnrolledAt();
  }

  /** A new secret for the caller to scan; replaces one offered before and not confirmed. */
  public Offer offer() {
    Account account = own();
    if (account.getTotpSecret() != null) {
      throw new BusinessException("twoFactor.alreadyEnrolled");
    }
    String secret = new DefaultSecretGenerator().generate();
    account.offerTotp(sealKey.seal().seal(secret));
    return new Offer(
        secret, TotpCodes.enrolmentUri(secret, account.getOfficer().getPoliceNumber()));
  }

  /** Confirms the offered secret with a code from the app; answers the recovery codes, once. */
  public List<String> confirm(String code) {
    Account account = own();
    if (account.getTotpPending() == null) {
      throw new BusinessException("twoFactor.noOffer");
    }
    OptionalLong step =
        codes.accept(sealKey.seal().open(account.getTotpPending()), code, currentStep(), 0);
    if (step.isEmpty()) {
      securityLog.record(
          SecurityEventType.TWO_FACTOR_ENROLLED,
          SecurityOutcome.FAILURE,
          account.getOfficer().getId(),
          "wrong code");
      throw new BusinessException("twoFactor.wrongCode");
    }
    account.confirmTotp(step.getAsLong(), LocalDateTime.now(clock));
    List<String> recovery =
        Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    em.createQuery("DELETE FROM RecoveryCode r WHERE r.accountId = :id")
        .setParameter("id", account.getId())
        .executeUpdate();
    recovery.forEach(r -> em.persist(new RecoveryCode(account.getId(), hash(r))));
    audit.record("Account", account.getId(), "TWO_FACTOR_ENROL", Changes.none());
    securityEvents.afterCommit(
        SecurityEventType.TWO_FACTOR_ENROLLED,
        SecurityOutcome.SUCCESS,
        account.getOfficer().getId(),
        null);
    return recovery;
  }

  /**
   * A code from the app, or one of the recovery codes. Wrong ones count like wrong passwords: the
   * policy's number of them locks the account for the policy's minutes.
   */
  public Verdict verify(String code) {
    Account account = own();
    String key = FAILURE_PREFIX + account.getOfficer().getPoliceNumber();
    LocalDateTime now = LocalDateTime.now(clock);
    LoginThrottle throttle = LoginFailures.throttle(policy, PolicyKeys.LOGIN_MAX_FAILURES);
    LoginFailure failures = LoginFailures.locked(em, key);
    if (failures != null && throttle.isLocked(failures.state(), now)) {
      log(account, SecurityOutcome.DENIED, "locked");
      return Verdict.LOCKED;
    }
    String how = accepted(account, code, now);
    if (how == null) {
      boolean locked = LoginFailures.count(em, key, failures, throttle, now);
      log(account, SecurityOutcome.FAILURE, locked ? "wrong code, locked" : "wrong code");
      return locked ? Verdict.LOCKED : Verdict.WRONG;
    }
    if (failures != null) {
      em.remove(failures);
    }
    log(account, SecurityOutcome.SUCCESS, how);
    return Verdict.ACCEPTED;
  }

  /** The security administrator's reset: the account signs in with its password alone again. */
  @Guard(Permissions.ACCOUNT_GRANT)
  public void reset(long accountId) {
    if (accountId == currentUser.require().accountId()) {
      throw new BusinessException("account.notOwn");
    }
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new NotFoundException("Account", accountId);
    }
    account.dropTotp();
    em.createQuery("DELETE FROM RecoveryCode r WHERE r.accountId = :id")
        .setParameter("id", accountId)
        .executeUpdate();
    audit.record("Account", accountId, "TWO_FACTOR_RESET", Changes.none());
    securityEvents.afterCommit(
        SecurityEventType.TWO_FACTOR_RESET,
        SecurityOutcome.SUCCESS,
        account.getOfficer().getId(),
        "account=" + account.getOfficer().getPoliceNumber());
  }

  /** "totp" or "recovery code" when the code is good (and now used), else null. */
  private String accepted(Account account, String code, LocalDateTime now) {
    String typed = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    if (typed.contains("-")) {
      List<RecoveryCode> found =
          em.createQuery(
                  "SELECT r FROM RecoveryCode r WHERE r.accountId = :id AND r.codeHash = :hash",
                  RecoveryCode.class)
              .setParameter("id", account.getId())
              .setParameter("hash", hash(typed))
              .getResultList();
      if (found.isEmpty() || found.get(0).isUsed()) {
        return null;
      }
      found.get(0).use(now);
      return "recovery code";
    }
    OptionalLong step =
        codes.accept(
            sealKey.seal().open(account.getTotpSecret()),
            typed,
            currentStep(),
            account.getTotpLastStep());
    if (step.isEmpty()) {
      return null;
    }
    account.acceptedTotpStep(step.getAsLong());
    return "totp";
  }

  private boolean required(Account account) {
    return account.getRoles().stream()
        .anyMatch(role -> policy.isOn(PolicyKeys.TWO_FACTOR_PREFIX + role.name()));
  }

  private long currentStep() {
    return TotpCodes.stepAt(clock.instant());
  }

  private Account own() {
    return em.find(Account.class, currentUser.require().accountId());
  }

  private void log(Account account, SecurityOutcome outcome, String detail) {
    securityLog.record(SecurityEventType.TWO_FACTOR, outcome, account.getOfficer().getId(), detail);
  }

  static String hash(String recoveryCode) {
    return Sha256.hex(recoveryCode.strip().toLowerCase(Locale.ROOT));
  }
}
