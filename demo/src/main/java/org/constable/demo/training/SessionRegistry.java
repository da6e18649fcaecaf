package org.constable.demo.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Every session of the plan, made when its first trainee joins: a trainee joins the first class of
 * the course, organiser and dates that has room, else a new parallel class. Tells the writer of
 * each new session before any trainee's rows refer to it.
 */
final class SessionRegistry {

  private final TrainingCalendar calendar;
  private final StaffPicker staffPicker;
  private final LongSupplier ids;
  private final Consumer<PlannedSession> made;
  private final Map<SessionKey, List<PlannedSession>> classes = new HashMap<>();

  /**
   * @param made told of each new session
   */
  SessionRegistry(
      TrainingCalendar calendar,
      StaffPicker staffPicker,
      LongSupplier ids,
      Consumer<PlannedSession> made) {
    this.calendar = calendar;
    this.staffPicker = staffPicker;
    this.ids = ids;
    this.made = made;
  }

  /**
   * The class the officer joins: the {@code preferred}-th parallel class of the key (made if it is
   * not yet) if it has room, else another that has. Null when all are full, or when the class is
   * one the officer teaches or examines: staff do not sit their own sessions (a new class is
   * staffed without the officer who opens it).
   */
  PlannedSession join(SessionKey key, long officerId, int preferred) {
    List<PlannedSession> parallel = classes.computeIfAbsent(key, k -> new ArrayList<>());
    while (parallel.size() <= preferred) {
      parallel.add(null);
    }
    PlannedSession chosen = parallel.get(preferred);
    if (chosen == null) {
      chosen = make(key, officerId, parallel, preferred);
    } else if (!chosen.hasRoom()) {
      chosen = parallel.stream().filter(s -> s != null && s.hasRoom()).findFirst().orElse(null);
    }
    if (chosen == null || chosen.staff().includes(officerId)) {
      return null;
    }
    chosen.enrol(1);
    return chosen;
  }

  private PlannedSession make(
      SessionKey key, long officerId, List<PlannedSession> parallel, int index) {
    long id = ids.getAsLong();
    PlannedSession session =
        new PlannedSession(
            id,
            key,
            Places.of(key, index),
            key.capacity(),
            false,
            staffPicker.pick(key, officerId),
            calendar.resultsEnteredAt(key),
            calendar.resultsPublishedAt(key, id));
    parallel.set(index, session);
    add(session);
    return session;
  }

  /** A session made outside the plan (the browser demo's), written like the others. */
  void add(PlannedSession session) {
    made.accept(session);
  }

  long nextId() {
    return ids.getAsLong();
  }
}
