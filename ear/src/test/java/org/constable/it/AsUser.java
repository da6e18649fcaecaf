package org.constable.it;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.constable.audit.AuditEntry;
import org.constable.audit.AuditTrail;

/** Runs in-container test code as a demo account, logged in through the real realm. */
public final class AsUser {

  public static final String PASSWORD = "Constable-2026";

  private AsUser() {}

  /** The {@code Authorization} header of HTTP Basic for an account with the demo password. */
  public static String basic(String policeNumber) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (policeNumber + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The police number of a demo log-in (admin, hr-city, hr-county, trainer, leader, officer). */
  public static String policeNumber(EntityManager em, String label) {
    Object value =
        em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
            .setParameter(1, "demo-login." + label)
            .getSingleResult();
    return value.toString().split(" ")[0];
  }

  public static <T> T call(EntityManager em, String label, Callable<T> work) throws Exception {
    var subject = SecurityUtils.getSubject();
    subject.login(new UsernamePasswordToken(policeNumber(em, label), PASSWORD));
    try {
      return work.call();
    } finally {
      subject.logout();
    }
  }

  /** The audit entries of a record, newest first, read as the audit administrator (audit:read). */
  public static List<AuditEntry> auditOf(
      EntityManager em, AuditTrail audit, String entityType, Object entityId) throws Exception {
    return call(em, "auditor", () -> audit.historyOf(entityType, entityId));
  }

  public static void run(EntityManager em, String label, ThrowingRunnable work) throws Exception {
    call(
        em,
        label,
        () -> {
          work.run();
          return null;
        });
  }

  /** A piece of test code that may throw. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }
}
