package org.constable.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.audit.SecurityEventDraft;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityEvents;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;

/**
 * Personal API tokens: an account issues them for itself (named, read-only or read-write,
 * expiring), sees and revokes its own. A token is 32 random bytes, shown once; the database keeps
 * its SHA-256, which is enough for a secret that long, so a call costs one hash and one indexed
 * read instead of an Argon2 hash. Every use is in the security log.
 */
@Stateless
@Guard
public class ApiTokens {

  /** What a token looks like: the prefix tells it from a password in a log or a leak scan. */
  public static final String PREFIX = "cst_";

  static final int MAX_DAYS = 366;
  static final int MAX_ACTIVE = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token just issued: the only time its text is known. */
  public record Issued(String token, ApiTokenView view) {}

  /** Who a token speaks for, and whether it may write. */
  public record Grant(AccountPrincipal principal, boolean writeAccess) {}

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private AuthenticationService authentication;
  @Inject private SecurityLog securityLog;
  @Inject private SecurityEvents securityEvents;
  @Inject private AuditTrail audit;

  public Issued issue(String name, boolean writeAccess, int days) {
    AccountPrincipal me = currentUser.require();
    String label = name == null ? "" : name.strip();
    if (label.isEmpty() || label.length() > 60) {
      throw new BusinessException("token.badName");
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new BusinessException("token.badDays", MAX_DAYS);
    }
    LocalDate today = LocalDate.now(clock);
    long active =
        em.createQuery(
                "SELECT COUNT(t) FROM ApiToken t WHERE t.accountId = :id AND t.revokedAt IS NULL"
                    + " AND t.expiresOn >= :today",
                Long.class)
            .setParameter("id", me.accountId())
            .setParameter("today", today)
            .getSingleResult();
    if (active >= MAX_ACTIVE) {
      throw new BusinessException("token.tooMany", MAX_ACTIVE);
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    var entity =
        new ApiToken(
            me.accountId(),
            label,
            hash(token),
            writeAccess,
            LocalDateTime.now(clock),
            today.plusDays(days - 1L));
    em.persist(entity);
    em.flush();
    audit.record("ApiToken", entity.getId(), "ISSUE", Changes.none());
    securityEvents.afterCommit(
        SecurityEventType.TOKEN_ISSUED,
        SecurityOutcome.SUCCESS,
        me.officerId(),
        "token=" + label + "; write=" + writeAccess + "; days=" + days);
    return new Issued(token, entity.view(today));
  }

  public List<ApiTokenView> mine() {
    LocalDate today = LocalDate.now(clock);
    return em.createQuery(
            "SELECT t FROM ApiToken t WHERE t.accountId = :id ORDER BY t.createdAt DESC",
            ApiToken.class)
        .setParameter("id", currentUser.require().accountId())
        .setMaxResults(100)
        .getResultStream()
        .map(t -> t.view(today))
        .toList();
  }

  /** Revokes one of the caller's own tokens; another's id is not found, as a made-up one. */
  public void revoke(long tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    AccountPrincipal me = currentUser.require();
    if (token == null || token.getAccountId() != me.accountId()) {
      throw new NotFoundException("ApiToken", tokenId);
    }
    token.revoke(LocalDateTime.now(clock));
    audit.record("ApiToken", tokenId, "REVOKE", Changes.none());
    securityEvents.afterCommit(
        SecurityEventType.TOKEN_REVOKED,
        SecurityOutcome.SUCCESS,
        me.officerId(),
        "token=" + tokenId);
  }

  /** The account a token speaks for, if it is one, valid today and its account enabled. */
  @Unguarded("the log-in of an API call: the caller is nobody until the token is checked")
  public Grant authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return null;
    }
    List<ApiToken> found =
        em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
            .setParameter("hash", hash(token))
            .getResultList();
    LocalDateTime now = LocalDateTime.now(clock);
    if (found.isEmpty() || !found.get(0).isValidOn(now.toLocalDate())) {
      securityLog.write(
          SecurityEventDraft.of(
              null,
              SecurityEventType.TOKEN_USED,
              SecurityOutcome.FAILURE,
              null,
              found.isEmpty()
                  ? "unknown token"
                  : "revoked or expired token " + found.get(0).getId()));
      return null;
    }
    ApiToken apiToken = found.get(0);
    Account account = em.find(Account.class, apiToken.getAccountId());
    if (!account.isEnabled()) {
      return null;
    }
    apiToken.used(now);
    AccountPrincipal principal = authentication.principalOf(account);
    securityLog.write(
        SecurityEventDraft.of(
            principal.policeNumber(),
            SecurityEventType.TOKEN_USED,
            SecurityOutcome.SUCCESS,
            null,
            "token " + apiToken.getId()));
    return new Grant(principal, apiToken.isWriteAccess());
  }

  static String hash(String token) {
    return Sha256.hex(token);
  }
}
