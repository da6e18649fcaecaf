package org.constable.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.IdNumber;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.ConcurrentEditException;
import org.constable.policy.PolicyKeys;
import org.constable.policy.PolicyParameter;
import org.constable.policy.PolicyService;
import org.constable.security.Account;
import org.constable.security.AccountService;
import org.constable.security.AuthenticationService;
import org.constable.security.AuthenticationService.Outcome;
import org.constable.security.CurrentUser;
import org.constable.security.FirstAdministrator;
import org.constable.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation's mechanisms, inside the real server on the real database. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(FoundationIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject UserTransaction tx;
  @Inject PolicyService policy;
  @Inject AccountService accounts;
  @Inject AuthenticationService authentication;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;
  @Inject FirstAdministrator firstAdministrator;

  /**
   * JPQL pages are cut by OFFSET/FETCH in the statement (OffsetFetchOraclePlatform), not by ROWNUM
   * around it: every page laid end to end, at any start and size, is the ordered query, and a page
   * past the end is empty. The order has ties (many officers per unit), broken by the id.
   */
  @Test
  void jpqlPagesCutInTheStatementAreTheOrderedQuery() {
    String jpql = "SELECT o.id FROM Officer o ORDER BY o.unit.code, o.name DESC, o.id";
    List<Long> all = em.createQuery(jpql, Long.class).getResultList();
    assertTrue(all.size() > 1000, "the demo force");
    for (int size : new int[] {1, 7, 200}) {
      for (int first : new int[] {0, 1, 13, all.size() - 3}) {
        List<Long> page =
            em.createQuery(jpql, Long.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        assertEquals(
            all.subList(first, Math.min(all.size(), first + size)), page, first + "/" + size);
      }
    }
    assertTrue(
        em.createQuery(jpql, Long.class)
            .setFirstResult(all.size())
            .setMaxResults(5)
            .getResultList()
            .isEmpty());
    assertEquals(
        all.subList(50, all.size()),
        em.createQuery(jpql, Long.class).setFirstResult(50).getResultList(),
        "a start without a size");
  }

  @Test
  void eclipseLinkIsThePersistenceProvider() {
    String delegate = em.getDelegate().getClass().getName();
    assertTrue(delegate.startsWith("org.eclipse.persistence."), delegate);
    var session = em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class).getServerSession();
    assertTrue(
        session.getLogin().getDatasourcePlatform().getClass().getName().contains("Oracle"),
        "EclipseLink speaks Oracle SQL to H2 in Oracle mode");
    String factory = em.getEntityManagerFactory().getClass().getName();
    assertTrue(factory.startsWith("org.eclipse.persistence.") || factory.contains("jpa"), factory);
  }

  @Test
  void flywayAppliedTheMigrationsBeforeAnythingRead() {
    Number applied =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
                .getSingleResult();
    assertTrue(applied.intValue() >= 1);
    assertEquals(5, policy.intValue(PolicyKeys.LOGIN_MAX_FAILURES));
  }

  @Test
  void eachUniqueColumnHasOneIndexAfterTheMigrations() {
    // H2 keeps the old unique index at every ALTER TABLE of the table; the migrator drops them
    Number perConstraint =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM information_schema.indexes"
                        + " WHERE table_name = 'OFFICER' AND index_type_name = 'UNIQUE INDEX'")
                .getSingleResult();
    Number constraints =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM information_schema.table_constraints"
                        + " WHERE table_name = 'OFFICER' AND constraint_type = 'UNIQUE'")
                .getSingleResult();
    assertEquals(2, constraints.intValue(), "police number and ID number");
    assertEquals(constraints.intValue(), perConstraint.intValue(), "one index per constraint");
  }

  @Test
  void theDemoForceAndOneLogInPerRoleAreLoaded() {
    Number officers =
        (Number) em.createNativeQuery("SELECT COUNT(*) FROM officer").getSingleResult();
    assertTrue(officers.intValue() > 2975, "officers: " + officers);
    for (String label :
        new String[] {"admin", "hr-city", "hr-county", "trainer", "leader", "officer"}) {
      assertEquals(6, AsUser.policeNumber(em, label).length(), label);
    }
  }

  @Test
  void logInGivesThePrincipalItsRolesPermissionsAndScope() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var me = currentUser.require();
          assertTrue(me.has(Role.HR));
          assertTrue(me.can("personnel:write"));
          assertFalse(me.can("account:manage"));
          assertTrue(me.unitPath().matches("/\\d+/\\d+/"), me.unitPath());
        });
  }

  @Test
  void aPermissionTheRoleLacksIsRefusedInTheService() throws Exception {
    AsUser.run(em, "officer", () -> assertThrows(AccessDeniedException.class, policy::all));
    AsUser.run(
        em, "hr-city", () -> assertThrows(AccessDeniedException.class, () -> accounts.count(null)));
    assertThrows(AccessDeniedException.class, policy::all, "nobody logged in");
  }

  @Test
  void aPolicyChangeIsValidatedAuditedAndOptimisticallyLocked() throws Exception {
    AsUser.run(
        em,
        "secadmin",
        () -> {
          PolicyParameter lock = em.find(PolicyParameter.class, PolicyKeys.LOGIN_LOCK_MINUTES);
          long version = lock.getVersion();
          var outOfRange =
              assertThrows(
                  BusinessException.class,
                  () -> policy.change(PolicyKeys.LOGIN_LOCK_MINUTES, "0", version));
          assertEquals("policy.outOfRange", outOfRange.getMessageKey());

          policy.change(PolicyKeys.LOGIN_LOCK_MINUTES, "20", version);
          assertEquals(20, policy.intValue(PolicyKeys.LOGIN_LOCK_MINUTES));

          // a second editor still holding the old version loses, and is told
          assertThrows(
              ConcurrentEditException.class,
              () -> policy.change(PolicyKeys.LOGIN_LOCK_MINUTES, "25", version));
          assertEquals(20, policy.intValue(PolicyKeys.LOGIN_LOCK_MINUTES));
          policy.change(PolicyKeys.LOGIN_LOCK_MINUTES, "15", version + 1);
        });
    // newest first: the change back, then the change the stale editor lost to
    var entries = AsUser.auditOf(em, audit, "PolicyParameter", PolicyKeys.LOGIN_LOCK_MINUTES);
    assertEquals(AsUser.policeNumber(em, "secadmin"), entries.get(1).getActorPoliceNumber());
    assertEquals("{\"value\":[\"15\",\"20\"]}", entries.get(1).getChanges());
    assertEquals("{\"value\":[\"20\",\"15\"]}", entries.get(0).getChanges());
  }

  @Test
  void anAuditEntryIsRolledBackWithItsChange() throws Exception {
    String key = PolicyKeys.PASSWORD_MIN_LENGTH;
    int before = AsUser.auditOf(em, audit, "PolicyParameter", key).size();
    AsUser.run(
        em,
        "secadmin",
        () -> {
          tx.begin();
          long version = em.find(PolicyParameter.class, key).getVersion();
          policy.change(key, "12", version);
          tx.rollback();
        });
    assertEquals(before, AsUser.auditOf(em, audit, "PolicyParameter", key).size());
    assertEquals(10, policy.intValue(key));
  }

  @Test
  void fiveFailuresLockAnyNameKnownOrNotAndTheRightPasswordThenFails() {
    String unknown = "9" + UUID.randomUUID().toString().substring(0, 5);
    for (int i = 1; i <= 4; i++) {
      assertEquals(Outcome.INVALID, authentication.authenticate(unknown, "wrong").outcome());
    }
    assertEquals(Outcome.LOCKED, authentication.authenticate(unknown, "wrong").outcome());
  }

  @Test
  void aLockedAccountRefusesEvenTheRightPassword() throws Exception {
    String victim = fixtures().officerWithoutAccount();
    String password = AsUser.call(em, "admin", () -> accounts.create(victim));
    assertEquals(Outcome.SUCCESS, authentication.authenticate(victim, password).outcome());
    for (int i = 1; i <= 4; i++) {
      assertEquals(Outcome.INVALID, authentication.authenticate(victim, "wrong").outcome());
    }
    assertEquals(Outcome.LOCKED, authentication.authenticate(victim, "wrong").outcome());
    assertEquals(Outcome.LOCKED, authentication.authenticate(victim, password).outcome());
  }

  @Test
  void adminCreatesAnAccountWithATemporaryPasswordThatMustBeChanged() throws Exception {
    String policeNumber = fixtures().officerWithoutAccount();
    String temporary = AsUser.call(em, "admin", () -> accounts.create(policeNumber));
    var result = authentication.authenticate(policeNumber, temporary);
    assertEquals(Outcome.SUCCESS, result.outcome());
    assertTrue(result.principal().mustChangePassword());

    var subject = org.apache.shiro.SecurityUtils.getSubject();
    subject.login(new org.apache.shiro.authc.UsernamePasswordToken(policeNumber, temporary));
    try {
      var tooShort =
          assertThrows(
              BusinessException.class, () -> accounts.changeOwnPassword(temporary, "short"));
      assertEquals("password.tooShort", tooShort.getMessageKey());
      var withNumber =
          assertThrows(
              BusinessException.class,
              () -> accounts.changeOwnPassword(temporary, "xx" + policeNumber + "xxxxx"));
      assertEquals("password.containsPoliceNumber", withNumber.getMessageKey());
      accounts.changeOwnPassword(temporary, "a-much-better-password");
    } finally {
      subject.logout();
    }
    var after = authentication.authenticate(policeNumber, "a-much-better-password");
    assertEquals(Outcome.SUCCESS, after.outcome());
    assertFalse(after.principal().mustChangePassword());
    assertNotEquals(
        Outcome.SUCCESS, authentication.authenticate(policeNumber, temporary).outcome());
  }

  @Test
  void theFirstAdministratorIsCreatedOnlyWhenNoAccountExists() throws Exception {
    String idNumber = IdNumber.withCheckDigit("15080219700101999").value();
    var settings =
        new FirstAdministrator.Settings("000001", "首任管理员", idNumber, "a-long-first-password");
    assertFalse(firstAdministrator.createIfNoAccount(settings), "the demo accounts exist");

    tx.begin();
    try {
      em.createNativeQuery("DELETE FROM notification").executeUpdate();
      em.createNativeQuery("DELETE FROM account_role").executeUpdate();
      em.createNativeQuery("DELETE FROM password_history").executeUpdate();
      em.createNativeQuery("DELETE FROM recovery_code").executeUpdate();
      em.createNativeQuery("DELETE FROM account").executeUpdate();
      assertTrue(firstAdministrator.createIfNoAccount(settings));
      var admin =
          em.createNamedQuery("Account.findByPoliceNumber", Account.class)
              .setParameter("policeNumber", "000001")
              .getSingleResult();
      assertEquals(EnumSet.of(Role.ADMIN), admin.getRoles());
      assertTrue(admin.isMustChangePassword());
      assertEquals("首任管理员", admin.getOfficer().getName());
      assertEquals(IdNumber.of(idNumber).birthDate(), admin.getOfficer().getBirthDate());
      assertEquals(
          Outcome.SUCCESS,
          authentication.authenticate("000001", "a-long-first-password").outcome());
    } finally {
      tx.rollback();
    }
    assertEquals(
        0L,
        (long)
            em.createQuery(
                    "SELECT COUNT(o) FROM Officer o WHERE o.policeNumber = '000001'", Long.class)
                .getSingleResult());
  }

  private DemoFixtures fixtures() {
    return new DemoFixtures(em);
  }
}
