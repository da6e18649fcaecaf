package org.constable.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.constable.audit.SecurityAudit;
import org.constable.audit.SecurityEventFilter;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityOutcome;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.policy.PolicyService;
import org.constable.security.AccountService;
import org.constable.security.AccountView;
import org.constable.security.AuthenticationService;
import org.constable.security.AuthenticationService.SessionCheck;
import org.constable.security.Role;
import org.constable.security.TotpCodes;
import org.constable.security.TwoFactor;
import org.constable.security.TwoFactor.Need;
import org.constable.security.TwoFactor.Verdict;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second factor in the container: required by the policy for a role, confirmed by a code, ten
 * recovery codes kept hashed, wrong codes locking like wrong passwords, the security
 * administrator's reset ending the account's sessions; every step in the security log.
 */
@ExtendWith(ArquillianExtension.class)
class TwoFactorIT {

  private static final String TRAINERS = "security.twoFactor.TRAINER";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(TwoFactorIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject TwoFactor twoFactor;
  @Inject AccountService accounts;
  @Inject AuthenticationService authentication;
  @Inject PolicyService policy;
  @Inject SecurityAudit audit;

  private final TotpCodes codes = new TotpCodes();

  @Test
  void aRequiredFactorIsEnrolledUsedLockedAndReset() throws Exception {
    String policeNumber = new DemoFixtures(em).officerWithoutAccount();
    String password = AsUser.call(em, "admin", () -> accounts.create(policeNumber));
    AccountView created = account(policeNumber);
    AsUser.run(
        em,
        "secadmin",
        () -> accounts.assignRoles(created.id(), EnumSet.of(Role.TRAINER), created.version()));
    setTrainersRequired(true);
    try {
      var principal = authentication.authenticate(policeNumber, password).principal();
      String secret =
          as(
              policeNumber,
              password,
              () -> {
                assertEquals(Need.ENROL, twoFactor.needAtLogIn());
                String offered = twoFactor.offer().secret();
                var wrong =
                    assertThrows(BusinessException.class, () -> twoFactor.confirm("000000x"));
                assertEquals("twoFactor.wrongCode", wrong.getMessageKey());
                long step = TotpCodes.stepAt(Instant.now());
                List<String> recovery = twoFactor.confirm(codes.codeFor(offered, step));
                assertEquals(10, recovery.size());
                assertEquals(10L, recovery.stream().distinct().count());
                return offered;
              });
      // a copy of the tables holds no usable factor: the secret is sealed under a key outside them
      String sealed =
          (String)
              em.createNativeQuery(
                      "SELECT a.totp_secret FROM account a JOIN officer o ON o.id = a.officer_id"
                          + " WHERE o.police_number = ?1")
                  .setParameter(1, policeNumber)
                  .getSingleResult();
      assertTrue(sealed.startsWith("v1:") && !sealed.contains(secret), sealed);
      long stored =
          ((Number)
                  em.createNativeQuery(
                          "SELECT COUNT(*) FROM recovery_code r JOIN account a ON a.id = r.account_id"
                              + " JOIN officer o ON o.id = a.officer_id WHERE o.police_number = ?1")
                      .setParameter(1, policeNumber)
                      .getSingleResult())
              .longValue();
      assertEquals(10, stored, "kept, hashed");

      as(
          policeNumber,
          password,
          () -> {
            assertEquals(Need.CODE, twoFactor.needAtLogIn());
            long step = TotpCodes.stepAt(Instant.now());
            assertEquals(Verdict.ACCEPTED, twoFactor.verify(codes.codeFor(secret, step + 1)));
            assertEquals(
                Verdict.WRONG, twoFactor.verify(codes.codeFor(secret, step + 1)), "replay");
            // four more wrong codes: five in all lock, like five wrong passwords
            for (int i = 0; i < 3; i++) {
              assertEquals(Verdict.WRONG, twoFactor.verify("123456x"));
            }
            assertEquals(Verdict.LOCKED, twoFactor.verify("123456x"));
            assertEquals(Verdict.LOCKED, twoFactor.verify(codes.codeFor(secret, step)), "locked");
            return null;
          });

      AccountView account = account(policeNumber);
      assertTrue(account.twoFactor());
      // the security administrator resets it, not the system administrator (三员分立)
      AsUser.run(
          em,
          "admin",
          () -> assertThrows(AccessDeniedException.class, () -> twoFactor.reset(account.id())));
      AsUser.run(em, "secadmin", () -> twoFactor.reset(account.id()));
      assertEquals(SessionCheck.ENDED, authentication.check(principal, null));
      assertTrue(!account(policeNumber).twoFactor());

      long logged =
          AsUser.call(
              em,
              "auditor",
              () ->
                  audit.count(
                      new SecurityEventFilter(
                          null,
                          SecurityEventType.TWO_FACTOR_RESET,
                          SecurityOutcome.SUCCESS,
                          policeNumber,
                          null,
                          null)));
      assertEquals(1, logged);
    } finally {
      setTrainersRequired(false);
    }
  }

  private <T> T as(String policeNumber, String password, java.util.concurrent.Callable<T> work)
      throws Exception {
    var subject = SecurityUtils.getSubject();
    subject.login(new UsernamePasswordToken(policeNumber, password));
    try {
      return work.call();
    } finally {
      subject.logout();
    }
  }

  private AccountView account(String policeNumber) throws Exception {
    return AsUser.call(em, "admin", () -> accounts.page(policeNumber, 0, 5)).stream()
        .filter(a -> a.policeNumber().equals(policeNumber))
        .findFirst()
        .orElseThrow();
  }

  /** The security policy is the security administrator's. */
  private void setTrainersRequired(boolean on) throws Exception {
    AsUser.run(
        em,
        "secadmin",
        () -> {
          var parameter =
              policy.all().stream()
                  .filter(p -> p.getKey().equals(TRAINERS))
                  .findFirst()
                  .orElseThrow();
          policy.change(TRAINERS, String.valueOf(on), parameter.getVersion());
        });
  }
}
