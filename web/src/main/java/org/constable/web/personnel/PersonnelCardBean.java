package org.constable.web.personnel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.constable.personnel.PersonnelCard;
import org.constable.personnel.PersonnelCards;
import org.constable.platform.BusinessException;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;

/** Prints personnel cards (人员基本情况表) as one PDF: of one officer, or of a selection. */
@Named
@RequestScoped
public class PersonnelCardBean {

  @Inject private PersonnelCards cards;
  @Inject private ReferenceLabels references;

  public void printOne(long officerId) {
    print(List.of(officerId));
  }

  public void print(List<Long> officerIds) {
    Locale locale = Texts.viewLocale();
    List<PersonnelCard> read;
    try {
      read = cards.cards(officerIds);
    } catch (BusinessException e) {
      FacesMessages.error(e);
      return;
    }
    if (read.isEmpty()) {
      return;
    }
    String name = read.size() == 1 ? read.get(0).details().name() : String.valueOf(read.size());
    Downloads.send(
        Texts.get(locale, "card.fileName", name),
        "personnel-cards.pdf",
        Downloads.PDF,
        out -> PersonnelCardPdf.write(read, locale, references.in(locale), out));
  }
}
