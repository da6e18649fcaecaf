package org.constable.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Reads the demo log-ins that the server printed at start, as a newcomer would. */
public final class ServerLog {

  private ServerLog() {}

  public static String policeNumberOf(String label) {
    Path log = Path.of(System.getProperty("it.log.dir"), "server.log");
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      var matcher =
          Pattern.compile("\\n\\s+" + Pattern.quote(label) + "\\s+(\\d{6}) ").matcher(text);
      if (!matcher.find()) {
        throw new IllegalStateException("No demo log-in '" + label + "' printed in " + log);
      }
      return matcher.group(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
