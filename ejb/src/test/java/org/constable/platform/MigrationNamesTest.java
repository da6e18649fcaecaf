package org.constable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The migrations keep the scheme of sql/README.md: a date-based version that two capabilities
 * cannot both take, V1 to V4 excepted (they came first), no version twice, and Oracle's own types.
 */
class MigrationNamesTest {

  private static final Path SQL = Path.of("").toAbsolutePath().resolve("../sql");
  private static final Set<String> BEFORE_THE_SCHEME = Set.of("1", "2", "3", "4");
  private static final Pattern DATED =
      Pattern.compile(
          "V(20\\d{2})_(0[1-9]|1[0-2])_(0[1-9]|[12]\\d|3[01])_(\\d{1,2})__[a-z0-9_]+\\.sql");
  private static final Pattern VERSION = Pattern.compile("V([0-9_]+?)__.*");

  @Test
  void everyMigrationIsNamedByItsDayAndNoVersionIsTakenTwice() throws IOException {
    List<String> names = migrations();
    assertTrue(names.size() >= 5, names.toString());
    Set<String> versions = new TreeSet<>();
    for (String name : names) {
      var version = VERSION.matcher(name);
      assertTrue(version.matches(), name);
      assertTrue(
          BEFORE_THE_SCHEME.contains(version.group(1)) || DATED.matcher(name).matches(),
          name + " does not follow sql/README.md");
      assertTrue(versions.add(version.group(1).replaceAll("_0*", ".")), "version twice: " + name);
    }
  }

  @Test
  void theSchemeTellsADatedNameFromAWrongOne() {
    assertTrue(DATED.matcher("V2026_12_05_1__certificates.sql").matches());
    assertEquals(false, DATED.matcher("V5__certificates.sql").matches());
    assertEquals(false, DATED.matcher("V2026_13_05_1__certificates.sql").matches());
    assertEquals(false, DATED.matcher("V2026_12_05__certificates.sql").matches());
  }

  private static List<String> migrations() throws IOException {
    try (Stream<Path> files = Files.list(SQL)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .sorted()
          .toList();
    }
  }
}
