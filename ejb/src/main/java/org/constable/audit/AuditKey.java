package org.constable.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.constable.platform.KeyFile;

/**
 * The key of the audit digests, kept out of the database so that whoever can write the tables
 * cannot recompute them: the system property {@code constable.audit.key} (Base64, at least 16
 * bytes; every node of a cluster needs the same one), or else a key generated at first start in the
 * server's data directory ({@code constable/audit-digest.key}, readable by its owner only).
 */
@ApplicationScoped
public class AuditKey {

  static final String PROPERTY = "constable.audit.key";

  private volatile ChainDigest digest;

  public ChainDigest digest() {
    ChainDigest known = digest;
    if (known == null) {
      synchronized (this) {
        if (digest == null) {
          digest = new ChainDigest(load());
        }
        known = digest;
      }
    }
    return known;
  }

  private static byte[] load() {
    return KeyFile.load(PROPERTY, "audit-digest.key");
  }
}
