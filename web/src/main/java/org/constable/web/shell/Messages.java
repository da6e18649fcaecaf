package org.constable.web.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The messages of every capability as one bundle, in one language: what Faces' {@code msg} and
 * {@link Texts} read. Each capability keeps its own {@code messages_zh_CN.properties} and {@code
 * messages_en.properties} in its web package; the build lists them in {@link #INDEX}. A key that
 * two capabilities both define stops the application at its first page: no capability silently
 * overrides another's text.
 *
 * <p>This class is the Chinese bundle, the default; {@link Messages_en} is the English one.
 */
public class Messages extends ResourceBundle {

  /**
   * The base names of the capabilities' bundles, one a line, written by the build (web/pom.xml).
   */
  static final String INDEX = "org/constable/web/bundles.list";

  private final Map<String, String> texts;

  public Messages() {
    this(Texts.CHINESE);
  }

  protected Messages(Locale locale) {
    this.texts = merge(locale);
  }

  private static Map<String, String> merge(Locale locale) {
    Map<String, String> merged = new HashMap<>();
    Map<String, String> origin = new HashMap<>();
    ResourceBundle.Control exact =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    for (String base : bundles()) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(base, locale, Messages.class.getClassLoader(), exact);
      for (String key : Collections.list(bundle.getKeys())) {
        String other = origin.putIfAbsent(key, base);
        if (other != null) {
          throw new IllegalStateException(
              "The message key " + key + " is defined by both " + other + " and " + base);
        }
        merged.put(key, bundle.getString(key));
      }
    }
    return Map.copyOf(merged);
  }

  /** The capabilities' bundles as the build listed them. */
  static List<String> bundles() {
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("The bundle index " + INDEX + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Object handleGetObject(String key) {
    return texts.get(key);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(texts.keySet());
  }

  @Override
  protected Set<String> handleKeySet() {
    return texts.keySet();
  }
}
