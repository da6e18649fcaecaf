package org.constable.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.constable.security.CurrentUser;

/** The home page's to-do cards from every capability, counted once per request. */
@Named("home")
@RequestScoped
public class HomeBean {

  /** A card as the page shows it. */
  public record Card(String id, String textKey, long count, String outcome) {}

  @Inject @Any private Instance<HomeCard> cards;
  @Inject private CurrentUser currentUser;

  private List<Card> shown;

  public List<Card> getCards() {
    if (shown == null) {
      shown =
          cards.stream()
              .filter(card -> card.isFor(currentUser))
              .sorted(Comparator.comparingInt(HomeCard::order))
              .map(card -> new Card(card.id(), card.textKey(), card.count(), card.outcome()))
              .filter(card -> card.count() > 0)
              .toList();
    }
    return shown;
  }
}
