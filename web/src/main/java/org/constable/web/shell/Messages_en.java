package org.constable.web.shell;

import java.util.Locale;

/** The English messages of every capability. */
public class Messages_en extends Messages {

  public Messages_en() {
    super(Locale.ENGLISH);
  }
}
