package org.constable.web.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The top-level classes of the web module's main code, for tests that check every one of them. */
final class CompiledClasses {

  private CompiledClasses() {}

  static List<Class<?>> all() {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .<Class<?>>map(name -> load(name.substring(0, name.length() - 6).replace('/', '.')))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, CompiledClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
