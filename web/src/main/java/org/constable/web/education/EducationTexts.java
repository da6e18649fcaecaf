package org.constable.web.education;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.constable.education.ClaimRow;
import org.constable.education.ReimbursementResult;
import org.constable.web.shell.Texts;

/** The rule's reason of a claim or a preview, in the reader's language. */
@Named
@ApplicationScoped
public class EducationTexts {

  public String claimReason(ClaimRow row, Locale locale) {
    return Texts.get(locale, row.ruleKey(), row.reasonArguments().toArray());
  }

  public String previewReason(ReimbursementResult result, Locale locale) {
    return Texts.get(locale, result.ruleKey(), result.reasonArguments().toArray());
  }
}
