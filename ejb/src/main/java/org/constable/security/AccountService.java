package org.constable.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityEvents;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.personnel.Officer;
import org.constable.personnel.OrgUnit;
import org.constable.platform.BusinessException;
import org.constable.platform.Like;
import org.constable.platform.NamePinyin;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.policy.PolicyKeys;
import org.constable.policy.PolicyService;

/**
 * 三员分立: the system administrator creates, disables and re-passwords accounts; the security
 * administrator grants their roles and scopes; both see the list. Every user manages its own
 * password and language.
 */
@Stateless
@Guard(Permissions.ACCOUNT_READ)
public class AccountService {

  private static final String ENTITY = "Account";
  private static final String MATCHES =
      "(o.policeNumber LIKE :q" + Like.ESCAPE + " OR o.name LIKE :q" + Like.ESCAPE + ")";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private PasswordHasher hasher;
  @Inject private PolicyService policy;
  @Inject private AuditTrail audit;
  @Inject private SecurityEvents securityEvents;
  @Inject private SecurityLog securityLog;
  @Inject private Clock clock;

  public List<AccountView> page(String search, int first, int pageSize) {
    return em.createQuery(
            "SELECT a FROM Account a JOIN FETCH a.officer o JOIN FETCH o.unit JOIN FETCH a.scopeUnit WHERE "
                + MATCHES
                + " ORDER BY o.policeNumber",
            Account.class)
        .setParameter("q", like(search))
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultStream()
        .map(AccountView::of)
        .toList();
  }

  public long count(String search) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Account a JOIN a.officer o WHERE " + MATCHES, Long.class)
        .setParameter("q", like(search))
        .getSingleResult();
  }

  /**
   * Officers without an account whose police number or name matches: the picker of the new-account
   * form (the system administrator reads no personnel record, but must find whom it makes one for).
   */
  @Guard(Permissions.ACCOUNT_MANAGE)
  public List<AccountCandidate> candidates(String search, int max) {
    if (search == null || search.isBlank()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW org.constable.security.AccountCandidate(o.policeNumber, o.name,"
                + " u.labelZh, u.labelEn) FROM Officer o JOIN o.unit u WHERE "
                + MATCHES
                + " AND NOT EXISTS (SELECT a.id FROM Account a WHERE a.officer = o)"
                + " ORDER BY o.policeNumber",
            AccountCandidate.class)
        .setParameter("q", like(search))
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Creates an officer's account, which reads the officer's own record and nothing else until the
   * security administrator grants it more, and returns the temporary password to hand over.
   */
  @Guard(Permissions.ACCOUNT_MANAGE)
  public String create(String policeNumber) {
    Officer officer = officer(policeNumber);
    boolean exists =
        !em.createNamedQuery("Account.findByPoliceNumber", Account.class)
            .setParameter("policeNumber", officer.getPoliceNumber())
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new BusinessException("account.exists", policeNumber);
    }
    Set<Role> roles = EnumSet.of(Role.OFFICER);
    String password = TemporaryPasswords.next();
    var account =
        new Account(
            officer, officer.getUnit(), hasher.hash(password), roles, LocalDateTime.now(clock));
    account.requirePasswordChange();
    em.persist(account);
    em.flush();
    audit.record(ENTITY, account.getId(), "CREATE", Changes.created(account.auditSnapshot()));
    security(SecurityEventType.ACCOUNT_CREATED, account, "roles=" + roles);
    return password;
  }

  @Guard(Permissions.ACCOUNT_GRANT)
  public void assignRoles(long accountId, Set<Role> roles, long versionSeen) {
    requireNotOwn(accountId);
    requireSeparated(roles);
    Account account = change(accountId, versionSeen, "ROLES", a -> a.assignRoles(roles));
    security(SecurityEventType.ROLES_CHANGED, account, "roles=" + roles);
  }

  /** Roles and scope as the page grants them together, each logged as its own change. */
  @Guard(Permissions.ACCOUNT_GRANT)
  public void grant(long accountId, Set<Role> roles, String scopeUnitCode, long versionSeen) {
    Account account = find(accountId);
    Versioned.requireCurrent(account.getVersion(), versionSeen);
    if (!account.getRoles().equals(roles)) {
      assignRoles(accountId, roles, versionSeen);
    }
    if (!account.getScopeUnit().getCode().equals(scopeUnitCode)) {
      scopeTo(accountId, scopeUnitCode, account.getVersion());
    }
  }

  /** Whether some account, enabled or not, holds the security administrator's role. */
  public boolean hasSecurityAdministrator() {
    return !em.createQuery("SELECT a.id FROM Account a WHERE :role MEMBER OF a.roles", Long.class)
        .setParameter("role", Role.SECADMIN)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The system administrator appoints the first security administrator (who then grants every other
   * role), once: while no account holds the role. The account keeps its own record and nothing
   * else.
   */
  @Guard(Permissions.ACCOUNT_MANAGE)
  public void appointSecurityAdministrator(long accountId, long versionSeen) {
    requireNotOwn(accountId);
    if (hasSecurityAdministrator()) {
      throw new BusinessException("account.securityAdministratorExists");
    }
    Set<Role> roles = EnumSet.of(Role.SECADMIN, Role.OFFICER);
    Account account = change(accountId, versionSeen, "ROLES", a -> a.assignRoles(roles));
    security(SecurityEventType.ROLES_CHANGED, account, "roles=" + roles + "; appointed");
  }

  @Guard(Permissions.ACCOUNT_MANAGE)
  public void setEnabled(long accountId, boolean enabled, long versionSeen) {
    if (!enabled && accountId == currentUser.require().accountId()) {
      throw new BusinessException("account.cannotDisableSelf");
    }
    Account account =
        change(accountId, versionSeen, enabled ? "ENABLE" : "DISABLE", a -> a.setEnabled(enabled));
    security(
        enabled ? SecurityEventType.ACCOUNT_ENABLED : SecurityEventType.ACCOUNT_DISABLED,
        account,
        null);
  }

  @Guard(Permissions.ACCOUNT_GRANT)
  public void scopeTo(long accountId, String unitCode, long versionSeen) {
    requireNotOwn(accountId);
    OrgUnit unit = unit(unitCode);
    Account account = change(accountId, versionSeen, "SCOPE", a -> a.scopeTo(unit));
    security(SecurityEventType.SCOPE_CHANGED, account, "scope=" + unit.getCode());
  }

  /** Sets a new temporary password, to be changed at the next log-in, and returns it. */
  @Guard(Permissions.ACCOUNT_MANAGE)
  public String resetPassword(long accountId) {
    Account account = find(accountId);
    String password = TemporaryPasswords.next();
    account.changePassword(hasher.hash(password), true, LocalDateTime.now(clock));
    audit.record(ENTITY, accountId, "RESET_PASSWORD", Changes.none());
    security(SecurityEventType.PASSWORD_RESET, account, null);
    return password;
  }

  @Guard
  public void changeOwnPassword(String currentPassword, String newPassword) {
    Account account = find(currentUser.require().accountId());
    if (!hasher.matches(
        currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
      // written now: the refusal rolls the transaction back
      securityLog.record(
          SecurityEventType.PASSWORD_CHANGED,
          SecurityOutcome.FAILURE,
          account.getOfficer().getId(),
          "current password wrong");
      throw new BusinessException("password.currentWrong");
    }
    var officer = account.getOfficer();
    var violations =
        new PasswordPolicy(policy.intValue(PolicyKeys.PASSWORD_MIN_LENGTH))
            .violations(
                newPassword, officer.getPoliceNumber(), NamePinyin.spellings(officer.getName()));
    if (!violations.isEmpty()) {
      throw new BusinessException(
          violations.get(0), policy.intValue(PolicyKeys.PASSWORD_MIN_LENGTH));
    }
    if (hasher.matches(newPassword, account.getPasswordHash())) {
      throw new BusinessException("password.sameAsOld");
    }
    List<PasswordHistory> earlier = history(account);
    if (earlier.stream().anyMatch(h -> hasher.matches(newPassword, h.getPasswordHash()))) {
      throw new BusinessException("password.usedBefore", PasswordHistory.KEPT);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    em.persist(new PasswordHistory(account.getId(), account.getPasswordHash(), now));
    // the newest ones are kept, the one just replaced among them
    earlier.stream().skip(PasswordHistory.KEPT - 1L).forEach(em::remove);
    account.changePassword(hasher.hash(newPassword), false, now);
    audit.record(ENTITY, account.getId(), "CHANGE_PASSWORD", Changes.none());
    security(SecurityEventType.PASSWORD_CHANGED, account, null);
  }

  /** The address notifications are mailed to; blank for none. */
  @Guard(Permissions.ACCOUNT_MANAGE)
  public void changeEmail(long accountId, String email, long versionSeen) {
    String address = checkedEmail(email);
    change(accountId, versionSeen, "EMAIL", a -> a.mailTo(address));
  }

  @Guard
  public void changeOwnEmail(String email) {
    String address = checkedEmail(email);
    Account account = find(currentUser.require().accountId());
    var before = account.auditSnapshot();
    account.mailTo(address);
    audit.record(
        ENTITY, account.getId(), "EMAIL", Changes.between(before, account.auditSnapshot()));
  }

  @Guard
  public String ownEmail() {
    return find(currentUser.require().accountId()).getEmail();
  }

  private static String checkedEmail(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String address = email.strip();
    if (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new BusinessException("account.badEmail", address);
    }
    return address;
  }

  @Guard
  public void preferLocale(String locale) {
    find(currentUser.require().accountId()).preferLocale(locale);
  }

  private Account change(
      long accountId, long versionSeen, String action, java.util.function.Consumer<Account> edit) {
    Account account = find(accountId);
    Versioned.requireCurrent(account.getVersion(), versionSeen);
    var before = account.auditSnapshot();
    edit.accept(account);
    Versioned.flush(em);
    audit.record(ENTITY, accountId, action, Changes.between(before, account.auditSnapshot()));
    return account;
  }

  /** The account's earlier hashes, newest first. */
  private List<PasswordHistory> history(Account account) {
    return em.createQuery(
            "SELECT h FROM PasswordHistory h WHERE h.accountId = :id ORDER BY h.replacedAt DESC",
            PasswordHistory.class)
        .setParameter("id", account.getId())
        .getResultList();
  }

  private void requireSeparated(Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new BusinessException("account.noRole");
    }
    SeparationOfDuties.violation(roles)
        .ifPresent(
            key -> {
              throw new BusinessException(key);
            });
  }

  /** No one grants itself a role or widens its own scope. */
  private void requireNotOwn(long accountId) {
    if (accountId == currentUser.require().accountId()) {
      securityLog.record(
          SecurityEventType.ROLES_CHANGED, SecurityOutcome.DENIED, null, "own account");
      throw new BusinessException("account.notOwn");
    }
  }

  /** The account's security event, logged once the change commits. */
  private void security(SecurityEventType type, Account account, String detail) {
    securityEvents.afterCommit(
        type,
        SecurityOutcome.SUCCESS,
        account.getOfficer().getId(),
        "account="
            + account.getOfficer().getPoliceNumber()
            + (detail == null ? "" : "; " + detail));
  }

  private Account find(long id) {
    Account account = em.find(Account.class, id);
    if (account == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return account;
  }

  private Officer officer(String policeNumber) {
    return em.createNamedQuery("Officer.findByPoliceNumber", Officer.class)
        .setParameter("policeNumber", policeNumber == null ? "" : policeNumber.trim())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("account.noSuchOfficer", policeNumber));
  }

  private OrgUnit unit(String code) {
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("account.noSuchUnit", code));
  }

  private static String like(String search) {
    return search == null || search.isBlank() ? "%" : Like.contains(search.trim());
  }
}
