package org.constable.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now": inject {@link Clock} so that tests can fix the date. */
@ApplicationScoped
public class ClockProducer {

  /** The force works on Beijing time, whatever the server's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Produces
  Clock clock() {
    return Clock.system(ZONE);
  }
}
