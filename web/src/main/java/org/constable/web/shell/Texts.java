package org.constable.web.shell;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.constable.platform.BusinessException;

/**
 * The messages of every capability ({@link Messages}), for texts built in Java (messages, exports,
 * REST problems). A key no bundle has comes back as the key itself; the bundle test keeps that from
 * reaching a user.
 */
public final class Texts {

  public static final String BUNDLE = "org.constable.web.shell.Messages";
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Texts() {}

  public static String get(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** The language of the page being answered. */
  public static Locale viewLocale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public static String of(Locale locale, BusinessException e) {
    return get(locale, e.getMessageKey(), e.getArguments());
  }

  /** Simplified Chinese unless English was asked for. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
  }
}
