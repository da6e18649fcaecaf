package org.constable.demo.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions one trainee is enrolled in, never two at a time, and per year how many half days its
 * absences may cost without leaving it short of the quota.
 */
final class Bookings {

  /** An enrolment; a pinned one belongs to the browser demo's sessions. */
  record Booking(PlannedSession session, boolean pinned) {}

  private final List<Booking> bookings = new ArrayList<>();
  private final Map<Integer, Integer> lossAllowed = new HashMap<>();

  boolean isFree(SessionKey key) {
    return bookings.stream().noneMatch(b -> b.session().key().overlaps(key.start(), key.end()));
  }

  Booking add(PlannedSession session, boolean pinned) {
    Booking booking = new Booking(session, pinned);
    bookings.add(booking);
    return booking;
  }

  List<Booking> list() {
    return List.copyOf(bookings);
  }

  int halfDaysStartingIn(int year) {
    return bookings.stream()
        .map(Booking::session)
        .filter(s -> s.start().getYear() == year)
        .mapToInt(PlannedSession::halfDays)
        .sum();
  }

  void allowLoss(int year, int halfDays) {
    lossAllowed.put(year, halfDays);
  }

  /** Whether an absence may cost this much in the year; the cost is taken if so. */
  boolean takeLoss(int year, int halfDays) {
    int allowed = lossAllowed.getOrDefault(year, Integer.MAX_VALUE);
    if (allowed < halfDays) {
      return false;
    }
    lossAllowed.put(year, allowed - halfDays);
    return true;
  }
}
