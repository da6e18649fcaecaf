package org.constable.web.shell;

import org.constable.security.CurrentUser;

/**
 * A to-do card of the home page, e.g. "5 recruits without a mentor": a CDI bean of the capability
 * that knows the count. The home page shows the cards the user may act on that have something to
 * do.
 */
public interface HomeCard {

  /** The element id of the card. */
  String id();

  /** Whether the user may act on it at all (asked before {@link #count()}). */
  boolean isFor(CurrentUser user);

  /** How many things wait, in the user's scope. */
  long count();

  /** A message with the count as its argument {0}. */
  String textKey();

  /** The page that deals with them, e.g. {@code /personnel/recruits}. */
  String outcome();

  int order();
}
