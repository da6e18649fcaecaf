package org.constable.web.leave;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.constable.leave.BalanceView;
import org.constable.web.shell.Texts;

/** The rule's reason of an entitlement, in the reader's language. */
@Named
@ApplicationScoped
public class LeaveTexts {

  public String reason(BalanceView balance, Locale locale) {
    return Texts.get(locale, balance.ruleKey(), balance.ruleArgs().toArray());
  }
}
