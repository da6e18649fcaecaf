package org.constable.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The key of the audit digests, kept out of the database so that whoever can write the tables
 * cannot recompute them: the system property {@code constable.audit.key} (Base64, at least 16
 * bytes; every node of a cluster needs the same one), or else a key generated at first start in the
 * server's data directory ({@code constable/audit-digest.key}, readable by its owner only).
 */
@ApplicationScoped
public class AuditKey {

  static final String PROPERTY = "constable.audit.key";
  private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());

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
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Base64.getDecoder().decode(configured.trim());
    }
    Path file =
        Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
            .resolve("constable")
            .resolve("audit-digest.key");
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return Base64.getDecoder().decode(Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("The audit key " + file + " cannot be read", e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the directory's permissions must protect it
      }
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
      LOG.warning(
          "Generated the audit key "
              + file
              + "; back it up, and set -D"
              + PROPERTY
              + " to the same key on every node of a cluster");
    } catch (FileAlreadyExistsException e) {
      // another node or thread wrote it first: read theirs
    }
  }
}
