package org.constable.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The most common passwords (the list shipped in {@code common-passwords.txt}), lower case. */
public final class CommonPasswords {

  private static final Set<String> LIST = load();

  private CommonPasswords() {}

  public static boolean contains(String password) {
    return password != null && LIST.contains(password.toLowerCase(Locale.ROOT));
  }

  static int size() {
    return LIST.size();
  }

  private static Set<String> load() {
    try (var in = CommonPasswords.class.getResourceAsStream("common-passwords.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
