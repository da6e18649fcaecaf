package org.constable.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.constable.demo.DemoLogIn;
import org.junit.jupiter.api.Test;

/**
 * The production EAR carries no demo code and no demo password, in none of its modules or
 * libraries; the demo EAR is the production EAR plus the demo module. Reads the archives the build
 * made, outside the server.
 */
class ProductionEarIT {

  private static final byte[] DEMO_PASSWORD = DemoLogIn.PASSWORD.getBytes(StandardCharsets.UTF_8);

  @Test
  void theProductionEarHoldsNoDemoCodeAndNoDemoPassword() throws IOException {
    List<String> demo = new ArrayList<>();
    List<String> password = new ArrayList<>();
    try (InputStream in = Files.newInputStream(ear("production.ear.file"))) {
      scan("constable.ear", in, demo, password);
    }
    assertEquals(List.of(), demo, "demo classes or modules in the production EAR");
    assertEquals(List.of(), password, "the demo password in the production EAR");
  }

  @Test
  void theDemoEarAddsTheDemoModule() throws IOException {
    List<String> demo = new ArrayList<>();
    try (InputStream in = Files.newInputStream(ear("ear.file"))) {
      scan("constable-demo.ear", in, demo, new ArrayList<>());
    }
    assertTrue(
        demo.contains(
            "constable-demo.ear!/constable-demo.jar!/org/constable/demo/DemoDataLoader.class"),
        demo.toString());
  }

  private static Path ear(String property) {
    return Path.of(System.getProperty(property));
  }

  /** Walks an archive and the archives inside it. */
  private static void scan(String name, InputStream in, List<String> demo, List<String> password)
      throws IOException {
    var zip = new ZipInputStream(in);
    for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
      String path = name + "!/" + entry.getName();
      if (entry.isDirectory()) {
        continue;
      }
      byte[] content = zip.readAllBytes();
      if (entry.getName().contains("org/constable/demo/")
          || entry.getName().contains("constable-demo")) {
        demo.add(path);
      }
      if (isArchive(entry.getName())) {
        scan(path, new ByteArrayInputStream(content), demo, password);
      } else if (contains(content, DEMO_PASSWORD)) {
        password.add(path);
      }
    }
  }

  private static boolean isArchive(String name) {
    return name.endsWith(".jar") || name.endsWith(".war");
  }

  private static boolean contains(byte[] content, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= content.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (content[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
