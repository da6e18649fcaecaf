package org.constable.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** What an officer sees after scanning: the session and day it was checked in for. */
public record CheckInReceipt(
    long sessionId, String courseZh, String courseEn, LocalDate day, boolean alreadyCheckedIn)
    implements Serializable {

  public String course(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? courseZh : courseEn;
  }
}
