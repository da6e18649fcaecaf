package org.constable.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.constable.audit.ChainCheck;
import org.constable.audit.SecurityAudit;
import org.constable.audit.SecurityEventFilter;
import org.constable.audit.SecurityEventRow;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityOutcome;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.constable.platform.ConcurrentEditException;
import org.constable.platform.RequestOrigin;
import org.constable.security.AccountService;
import org.constable.security.AccountView;
import org.constable.security.AuthenticationService;
import org.constable.security.AuthenticationService.Outcome;
import org.constable.security.AuthenticationService.SessionCheck;
import org.constable.security.CurrentUser;
import org.constable.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security log (MLPS 安全审计) in the container: what it records and from where, that a refusal is
 * logged once and a rolled-back change not at all, that the check finds an edited, a deleted and a
 * forged entry; the throttle by address; the audit administrator's separate duty; sessions ended by
 * account changes and by their absolute lifetime.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityAuditIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(SecurityAuditIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject UserTransaction tx;
  @Inject SecurityAudit audit;
  @Inject AuthenticationService authentication;
  @Inject AccountService accounts;
  @Inject OfficerDirectory officers;
  @Inject CurrentUser currentUser;

  @Test
  void aFailedAndASuccessfulLogInAreLoggedWithTheNameTypedAndTheClientAddress() throws Exception {
    String address = "10.8." + (System.nanoTime() % 250) + ".1";
    String stranger = "x" + UUID.randomUUID().toString().substring(0, 8);
    String officer = AsUser.policeNumber(em, "officer");
    RequestOrigin.begin(address);
    try {
      assertEquals(Outcome.INVALID, authentication.authenticate(stranger, "nope").outcome());
      assertEquals(
          Outcome.SUCCESS, authentication.authenticate(officer, AsUser.PASSWORD).outcome());
    } finally {
      RequestOrigin.end();
    }
    SecurityEventRow failed =
        newest(new SecurityEventFilter(stranger, null, null, null, null, null));
    assertEquals(SecurityEventType.LOGIN, failed.type());
    assertEquals(SecurityOutcome.FAILURE, failed.outcome());
    assertEquals(address, failed.clientAddress());
    assertEquals("unknown name", failed.detail());

    SecurityEventRow ok =
        newest(new SecurityEventFilter(officer, SecurityEventType.LOGIN, null, null, null, null));
    assertEquals(SecurityOutcome.SUCCESS, ok.outcome());
    assertEquals(address, ok.clientAddress());
    assertTrue(ok.actorName() != null && !ok.actorName().isBlank(), "the actor by name");
  }

  @Test
  void anAddressWithTooManyFailuresIsRefusedEvenTheRightPassword() throws Exception {
    String address = "10.9." + (System.nanoTime() % 250) + ".7";
    String officer = AsUser.policeNumber(em, "officer");
    int allowed = 30; // security.login.addressMaxFailures, its default
    RequestOrigin.begin(address);
    try {
      for (int i = 0; i < allowed; i++) {
        // a different name each time: the per-name lock never trips, the address does
        authentication.authenticate(
            "spray" + i + UUID.randomUUID().toString().substring(0, 4), "x");
      }
      assertEquals(
          Outcome.THROTTLED, authentication.authenticate(officer, AsUser.PASSWORD).outcome());
    } finally {
      RequestOrigin.end();
    }
    // from elsewhere the same officer logs in
    assertEquals(Outcome.SUCCESS, authentication.authenticate(officer, AsUser.PASSWORD).outcome());
    SecurityEventRow refused =
        newest(
            new SecurityEventFilter(
                officer, SecurityEventType.LOGIN, SecurityOutcome.DENIED, null, null, null));
    assertEquals("address throttled", refused.detail());
    assertEquals(address, refused.clientAddress());
  }

  @Test
  void aRefusalIsLoggedOnceWithTheServiceThatRefused() throws Exception {
    String officer = AsUser.policeNumber(em, "officer");
    var filter =
        new SecurityEventFilter(officer, SecurityEventType.ACCESS_DENIED, null, null, null, null);
    long before = AsUser.call(em, "auditor", () -> audit.count(filter));
    AsUser.run(
        em,
        "officer",
        () ->
            assertThrows(AccessDeniedException.class, () -> officers.count(OfficerFilter.none())));
    assertEquals(before + 1, AsUser.call(em, "auditor", () -> audit.count(filter)));
    assertEquals("OfficerDirectory.count", newest(filter).detail());
  }

  @Test
  void theAuditorReadsTheLogButNoPersonnelAndHoldsNoOtherDuty() throws Exception {
    AsUser.run(
        em,
        "auditor",
        () -> {
          assertThrows(AccessDeniedException.class, () -> officers.count(OfficerFilter.none()));
          assertThrows(
              AccessDeniedException.class,
              () -> officers.find(new DemoFixtures(em).policeOfficerUnder("/", 3)));
        });
    AsUser.run(
        em, "hr-city", () -> assertThrows(AccessDeniedException.class, () -> audit.count(null)));

    AccountView auditor = account(AsUser.policeNumber(em, "auditor"));
    AccountView secadmin = account(AsUser.policeNumber(em, "secadmin"));
    AccountView admin = account(AsUser.policeNumber(em, "admin"));
    AccountView officer = account(AsUser.policeNumber(em, "officer"));
    AsUser.run(
        em,
        "secadmin",
        () -> {
          var combined =
              assertThrows(
                  BusinessException.class,
                  () ->
                      accounts.assignRoles(
                          auditor.id(), EnumSet.of(Role.AUDITOR, Role.HR), auditor.version()));
          assertEquals("account.auditorAlone", combined.getMessageKey());
          var twoAdministrators =
              assertThrows(
                  BusinessException.class,
                  () ->
                      accounts.assignRoles(
                          admin.id(), EnumSet.of(Role.ADMIN, Role.SECADMIN), admin.version()));
          assertEquals("account.oneAdministrator", twoAdministrators.getMessageKey());
          var securityWithHr =
              assertThrows(
                  BusinessException.class,
                  () ->
                      accounts.assignRoles(
                          officer.id(), EnumSet.of(Role.SECADMIN, Role.HR), officer.version()));
          assertEquals("account.secadminAlone", securityWithHr.getMessageKey());
          var own =
              assertThrows(
                  BusinessException.class,
                  () ->
                      accounts.assignRoles(
                          secadmin.id(), EnumSet.of(Role.SECADMIN), secadmin.version()));
          assertEquals("account.notOwn", own.getMessageKey());
          var ownScope =
              assertThrows(
                  BusinessException.class,
                  () -> accounts.scopeTo(secadmin.id(), "150000000000", secadmin.version()));
          assertEquals("account.notOwn", ownScope.getMessageKey());
        });
  }

  @Test
  void aRoleChangeIsLoggedAfterItCommitsAndEndsTheAccountsSessions() throws Exception {
    String policeNumber = new DemoFixtures(em).officerWithoutAccount();
    AsUser.call(em, "admin", () -> accounts.create(policeNumber));
    AccountView created = account(policeNumber);
    // the account's principal as a live session holds it
    var principal = authenticatedPrincipal(policeNumber, created);
    AccountView current = account(policeNumber);
    assertEquals(
        SessionCheck.HOLDS, authentication.check(principal, LocalDateTime.now(ClockProducer.ZONE)));
    assertEquals(
        SessionCheck.LIFETIME,
        authentication.check(principal, LocalDateTime.now(ClockProducer.ZONE).minusHours(13)),
        "older than security.session.absoluteHours (12)");

    var rolesChanged =
        new SecurityEventFilter(
            null,
            SecurityEventType.ROLES_CHANGED,
            SecurityOutcome.SUCCESS,
            policeNumber,
            null,
            null);
    // a stale version rolls back: no entry claims the change
    AsUser.run(
        em,
        "secadmin",
        () ->
            assertThrows(
                ConcurrentEditException.class,
                () ->
                    accounts.assignRoles(
                        current.id(), EnumSet.of(Role.TRAINER), current.version() - 1)));
    assertEquals(0, AsUser.call(em, "auditor", () -> audit.count(rolesChanged)));

    AsUser.run(
        em,
        "secadmin",
        () -> accounts.assignRoles(current.id(), EnumSet.of(Role.TRAINER), current.version()));
    assertEquals(1, AsUser.call(em, "auditor", () -> audit.count(rolesChanged)));
    assertEquals(
        SessionCheck.ENDED, authentication.check(principal, LocalDateTime.now(ClockProducer.ZONE)));
  }

  @Test
  void theCheckFindsAnEditedADeletedAndAForgedEntry() throws Exception {
    String officer = AsUser.policeNumber(em, "officer");
    // a change record with a digest, and security events around it
    String newcomer = new DemoFixtures(em).officerWithoutAccount();
    AsUser.call(em, "admin", () -> accounts.create(newcomer));
    authentication.authenticate(officer, "a wrong password");
    // an empty name is stored as NULL (Oracle): its digest must have been made of the same
    authentication.authenticate("", "x");
    authentication.authenticate(officer, AsUser.PASSWORD);
    ChainCheck clean = AsUser.call(em, "auditor", audit::check);
    assertTrue(clean.holds(), String.valueOf(clean));
    assertTrue(clean.securityEvents() > 2 && clean.changeRecords() > 0, String.valueOf(clean));

    long last = ((Number) sql("SELECT MAX(id) FROM security_event")).longValue();
    long edited = last - 1;
    String detail = (String) sql("SELECT detail FROM security_event WHERE id = " + edited);
    try {
      update("UPDATE security_event SET detail = 'quietly changed' WHERE id = " + edited);
      ChainCheck broken = AsUser.call(em, "auditor", audit::check);
      assertEquals(edited, broken.brokenAt());
      assertEquals(ChainCheck.Break.DIGEST, broken.reason());
    } finally {
      update(
          "UPDATE security_event SET detail = "
              + (detail == null ? "NULL" : "'" + detail.replace("'", "''") + "'")
              + " WHERE id = "
              + edited);
    }
    assertTrue(AsUser.call(em, "auditor", audit::check).holds());

    // a forged digest, as someone without the key would write it
    String digest = (String) sql("SELECT digest FROM security_event WHERE id = " + edited);
    try {
      update("UPDATE security_event SET digest = '" + "f".repeat(64) + "' WHERE id = " + edited);
      assertEquals(ChainCheck.Break.DIGEST, AsUser.call(em, "auditor", audit::check).reason());
    } finally {
      update("UPDATE security_event SET digest = '" + digest + "' WHERE id = " + edited);
    }

    long changeRecord =
        ((Number) sql("SELECT MAX(id) FROM audit_log WHERE digest IS NOT NULL")).longValue();
    String action = (String) sql("SELECT action FROM audit_log WHERE id = " + changeRecord);
    try {
      update("UPDATE audit_log SET action = 'NOTHING' WHERE id = " + changeRecord);
      ChainCheck broken = AsUser.call(em, "auditor", audit::check);
      assertEquals(changeRecord, broken.brokenAt());
      assertEquals(ChainCheck.Break.CHANGE_RECORD, broken.reason());
    } finally {
      update("UPDATE audit_log SET action = '" + action + "' WHERE id = " + changeRecord);
    }

    // a deleted entry in the middle: the chain has a gap
    long middle = ((Number) sql("SELECT MAX(id) FROM security_event")).longValue() - 1;
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT id, occurred_at, actor, client_address, event_type, outcome,"
                        + " officer_id, detail, digest FROM security_event WHERE id = "
                        + middle)
                .getSingleResult();
    try {
      update("DELETE FROM security_event WHERE id = " + middle);
      ChainCheck broken = AsUser.call(em, "auditor", audit::check);
      assertEquals(middle, broken.brokenAt());
      assertEquals(ChainCheck.Break.GAP, broken.reason());
    } finally {
      tx.begin();
      var insert =
          em.createNativeQuery(
              "INSERT INTO security_event (id, occurred_at, actor, client_address, event_type,"
                  + " outcome, officer_id, detail, digest) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
      for (int i = 0; i < row.length; i++) {
        insert.setParameter(i + 1, row[i]);
      }
      insert.executeUpdate();
      tx.commit();
    }
    assertTrue(AsUser.call(em, "auditor", audit::check).holds());
  }

  private SecurityEventRow newest(SecurityEventFilter filter) throws Exception {
    List<SecurityEventRow> rows = AsUser.call(em, "auditor", () -> audit.search(filter, 0, 1));
    assertEquals(1, rows.size(), "an entry for " + filter);
    return rows.get(0);
  }

  private AccountView account(String policeNumber) throws Exception {
    return AsUser.call(em, "admin", () -> accounts.page(policeNumber, 0, 5)).stream()
        .filter(a -> a.policeNumber().equals(policeNumber))
        .findFirst()
        .orElseThrow();
  }

  private org.constable.security.AccountPrincipal authenticatedPrincipal(
      String policeNumber, AccountView account) throws Exception {
    String password = AsUser.call(em, "admin", () -> accounts.resetPassword(account.id()));
    return authentication.authenticate(policeNumber, password).principal();
  }

  private Object sql(String query) {
    return em.createNativeQuery(query).getSingleResult();
  }

  private void update(String statement) throws Exception {
    tx.begin();
    em.createNativeQuery(statement).executeUpdate();
    tx.commit();
  }
}
