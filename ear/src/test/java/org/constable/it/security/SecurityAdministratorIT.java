package org.constable.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import org.constable.audit.SecurityAudit;
import org.constable.audit.SecurityEventFilter;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityOutcome;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.policy.PolicyKeys;
import org.constable.policy.PolicyParameter;
import org.constable.policy.PolicyService;
import org.constable.security.AccountService;
import org.constable.security.AccountView;
import org.constable.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 三员分立 in the services: the system administrator keeps accounts and the business parameters, the
 * security administrator grants roles and scopes and keeps the security policy, neither reads
 * personnel data, and the first security administrator is appointed once.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityAdministratorIT {

  private static final String BUSINESS_PARAMETER = "workforce.frontLineTargetPercent";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(SecurityAdministratorIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject UserTransaction tx;
  @Inject AccountService accounts;
  @Inject PolicyService policy;
  @Inject OfficerDirectory officers;
  @Inject SecurityAudit audit;

  @Test
  void eachAdministratorDoesItsOwnShareOfTheAccountsAndOnlyThat() throws Exception {
    String policeNumber = new DemoFixtures(em).officerWithoutAccount();
    AsUser.run(
        em,
        "secadmin",
        () -> assertThrows(AccessDeniedException.class, () -> accounts.create(policeNumber)));
    assertEquals(1, candidates(policeNumber), "the picker finds an officer without an account");
    AsUser.call(em, "admin", () -> accounts.create(policeNumber));
    assertEquals(0, candidates(policeNumber), "and no longer once it has one");
    AccountView created = account(policeNumber);
    assertEquals(EnumSet.of(Role.OFFICER), created.roles(), "a new account reads its own record");

    AsUser.run(
        em,
        "admin",
        () -> {
          assertThrows(
              AccessDeniedException.class,
              () -> accounts.assignRoles(created.id(), EnumSet.of(Role.HR), created.version()));
          assertThrows(
              AccessDeniedException.class,
              () -> accounts.scopeTo(created.id(), county(), created.version()));
          var exists =
              assertThrows(
                  BusinessException.class,
                  () -> accounts.appointSecurityAdministrator(created.id(), created.version()));
          assertEquals("account.securityAdministratorExists", exists.getMessageKey());
        });
    AsUser.run(
        em,
        "secadmin",
        () -> {
          assertThrows(
              AccessDeniedException.class,
              () -> accounts.setEnabled(created.id(), false, created.version()));
          assertThrows(AccessDeniedException.class, () -> accounts.resetPassword(created.id()));
          accounts.grant(
              created.id(), EnumSet.of(Role.HR, Role.OFFICER), county(), created.version());
        });
    AccountView granted = account(policeNumber);
    assertEquals(EnumSet.of(Role.HR, Role.OFFICER), granted.roles());
    assertEquals(new DemoFixtures(em).county().getId(), granted.scopeUnitId());
    assertEquals(1, logged(SecurityEventType.ROLES_CHANGED, policeNumber));
    assertEquals(1, logged(SecurityEventType.SCOPE_CHANGED, policeNumber));
  }

  @Test
  void neitherAdministratorReadsPersonnelData() throws Exception {
    for (String administrator : new String[] {"admin", "secadmin"}) {
      AsUser.run(
          em,
          administrator,
          () ->
              assertThrows(
                  AccessDeniedException.class, () -> officers.count(OfficerFilter.none())));
    }
  }

  private long candidates(String policeNumber) throws Exception {
    return AsUser.call(em, "admin", () -> accounts.candidates(policeNumber, 5)).stream()
        .filter(c -> c.policeNumber().equals(policeNumber))
        .count();
  }

  @Test
  void theSecurityPolicyIsTheSecurityAdministratorsAndTheRestTheSystemAdministrators()
      throws Exception {
    AsUser.run(
        em,
        "admin",
        () -> {
          assertFalse(policy.keeps(PolicyKeys.PASSWORD_MIN_LENGTH));
          assertTrue(policy.keeps(BUSINESS_PARAMETER));
          PolicyParameter minLength = parameter(PolicyKeys.PASSWORD_MIN_LENGTH);
          assertThrows(
              AccessDeniedException.class,
              () -> policy.change(minLength.getKey(), "12", minLength.getVersion()));
        });
    long before = logged(SecurityEventType.SECURITY_POLICY_CHANGED, null);
    AsUser.run(
        em,
        "secadmin",
        () -> {
          PolicyParameter target = parameter(BUSINESS_PARAMETER);
          assertThrows(
              AccessDeniedException.class,
              () -> policy.change(target.getKey(), target.getValue(), target.getVersion()));
          PolicyParameter minLength = parameter(PolicyKeys.PASSWORD_MIN_LENGTH);
          policy.change(minLength.getKey(), "12", minLength.getVersion());
        });
    try {
      assertEquals(before + 1, logged(SecurityEventType.SECURITY_POLICY_CHANGED, null));
    } finally {
      AsUser.run(
          em,
          "secadmin",
          () -> {
            PolicyParameter minLength = parameter(PolicyKeys.PASSWORD_MIN_LENGTH);
            policy.change(minLength.getKey(), "10", minLength.getVersion());
          });
    }
  }

  @Test
  void theSystemAdministratorAppointsTheFirstSecurityAdministratorOnce() throws Exception {
    String demoSecurity = AsUser.policeNumber(em, "secadmin");
    String newcomer = new DemoFixtures(em).officerWithoutAccount();
    AsUser.call(em, "admin", () -> accounts.create(newcomer));
    // a force with no security administrator yet, as after the first start
    setSecurityRole(demoSecurity, false);
    try {
      AccountView candidate = account(newcomer);
      long ownAccountId = account(AsUser.policeNumber(em, "admin")).id();
      AsUser.run(
          em,
          "admin",
          () -> {
            var own =
                assertThrows(
                    BusinessException.class,
                    () -> accounts.appointSecurityAdministrator(ownAccountId, 0));
            assertEquals("account.notOwn", own.getMessageKey());
            accounts.appointSecurityAdministrator(candidate.id(), candidate.version());
            var second =
                assertThrows(
                    BusinessException.class,
                    () -> accounts.appointSecurityAdministrator(candidate.id(), 0));
            assertEquals("account.securityAdministratorExists", second.getMessageKey());
          });
      assertEquals(EnumSet.of(Role.SECADMIN, Role.OFFICER), account(newcomer).roles());
    } finally {
      setSecurityRole(newcomer, false);
      setSecurityRole(demoSecurity, true);
    }
  }

  private void setSecurityRole(String policeNumber, boolean held) throws Exception {
    String account =
        "(SELECT a.id FROM account a JOIN officer o ON o.id = a.officer_id"
            + " WHERE o.police_number = ?1)";
    tx.begin();
    em.createNativeQuery(
            held
                ? "INSERT INTO account_role (account_id, role_code) VALUES ("
                    + account
                    + ", 'SECADMIN')"
                : "DELETE FROM account_role WHERE role_code = 'SECADMIN' AND account_id = "
                    + account)
        .setParameter(1, policeNumber)
        .executeUpdate();
    tx.commit();
    em.getEntityManagerFactory().getCache().evictAll();
  }

  private String county() {
    return new DemoFixtures(em).county().getCode();
  }

  private PolicyParameter parameter(String key) {
    return policy.all().stream().filter(p -> p.getKey().equals(key)).findFirst().orElseThrow();
  }

  private long logged(SecurityEventType type, String officerPoliceNumber) throws Exception {
    return AsUser.call(
        em,
        "auditor",
        () ->
            audit.count(
                new SecurityEventFilter(
                    null, type, SecurityOutcome.SUCCESS, officerPoliceNumber, null, null)));
  }

  private AccountView account(String policeNumber) throws Exception {
    return AsUser.call(em, "admin", () -> accounts.page(policeNumber, 0, 5)).stream()
        .filter(a -> a.policeNumber().equals(policeNumber))
        .findFirst()
        .orElseThrow();
  }
}
