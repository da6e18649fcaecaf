package org.constable.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.constable.security.AccountService;
import org.constable.security.CurrentUser;

/**
 * The language of the pages: the account's saved choice, else Simplified Chinese. Switching saves
 * the choice on the account, so it follows the user to any device.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private AccountService accounts;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale =
          currentUser
              .principal()
              .map(p -> p.locale() == null ? null : Locale.forLanguageTag(p.locale()))
              .map(Texts::supported)
              .orElse(Texts.CHINESE);
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void switchTo(String languageTag) {
    locale = Texts.supported(Locale.forLanguageTag(languageTag));
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    if (currentUser.principal().isPresent()) {
      accounts.preferLocale(locale.toLanguageTag());
    }
  }

  /** Forget the language chosen before log-in, so that the account's own choice applies. */
  public void reset() {
    locale = null;
  }
}
