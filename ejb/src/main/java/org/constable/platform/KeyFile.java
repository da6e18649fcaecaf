package org.constable.platform;

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
 * A secret key kept out of the database, so that whoever can read or write the tables does not hold
 * it: a system property (Base64; every node of a cluster needs the same one), or else 32 random
 * bytes generated at first start in the server's data directory ({@code constable/<file>}, readable
 * by its owner only).
 */
public final class KeyFile {

  private static final Logger LOG = Logger.getLogger(KeyFile.class.getName());

  private KeyFile() {}

  public static byte[] load(String property, String fileName) {
    String configured = System.getProperty(property);
    if (configured != null && !configured.isBlank()) {
      return Base64.getDecoder().decode(configured.trim());
    }
    Path file =
        Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
            .resolve("constable")
            .resolve(fileName);
    try {
      if (!Files.exists(file)) {
        create(file, property);
      }
      return Base64.getDecoder().decode(Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("The key " + file + " cannot be read", e);
    }
  }

  private static void create(Path file, String property) throws IOException {
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
          "Generated the key "
              + file
              + "; back it up, and set -D"
              + property
              + " to the same key on every node of a cluster");
    } catch (FileAlreadyExistsException e) {
      // another node or thread wrote it first: read theirs
    }
  }
}
