package org.constable.demo.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A session as the plan makes it, before it is written: staff, capacity, and when its results were
 * entered and published (null: not yet). Counts its trainees so that it never takes more than its
 * capacity.
 */
final class PlannedSession {

  private final long id;
  private final SessionKey key;
  private final String place;
  private final int capacity;
  private final List<LocalDate> days;
  private final Staff staff;
  private final LocalDateTime resultsEnteredAt;
  private final LocalDateTime resultsPublishedAt;
  private int enrolled;

  /** Who teaches and who examines a session; nobody does both (训考分离). */
  record Staff(List<StaffMember> instructors, List<StaffMember> examiners) {

    boolean includes(long officerId) {
      return instructors.stream().anyMatch(s -> Long.valueOf(officerId).equals(s.officerId()))
          || examiners.stream().anyMatch(s -> Long.valueOf(officerId).equals(s.officerId()));
    }
  }

  /**
   * @param everyDay whether the session runs on every calendar day (the browser demo's sessions,
   *     which must run today whatever the day), or on working days only
   */
  PlannedSession(
      long id,
      SessionKey key,
      String place,
      int capacity,
      boolean everyDay,
      Staff staff,
      LocalDateTime resultsEnteredAt,
      LocalDateTime resultsPublishedAt) {
    this.id = id;
    this.key = key;
    this.place = place;
    this.capacity = capacity;
    this.days = days(key, everyDay);
    this.staff = staff;
    this.resultsEnteredAt = resultsEnteredAt;
    this.resultsPublishedAt = resultsPublishedAt;
  }

  private static List<LocalDate> days(SessionKey key, boolean everyDay) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = key.start(); !day.isAfter(key.end()); day = day.plusDays(1)) {
      if (everyDay || SessionKey.isWorkingDay(day)) {
        days.add(day);
      }
    }
    return List.copyOf(days);
  }

  /** The days trainees attend. */
  List<LocalDate> days() {
    return days;
  }

  /** Two half days for every day it runs: what a trainee can be credited at most. */
  int halfDays() {
    return 2 * days.size();
  }

  boolean hasRoom() {
    return enrolled < capacity;
  }

  void enrol(int trainees) {
    if (enrolled + trainees > capacity) {
      throw new IllegalStateException("session " + id + " is full");
    }
    enrolled += trainees;
  }

  long id() {
    return id;
  }

  SessionKey key() {
    return key;
  }

  DemoCourse course() {
    return key.course();
  }

  LocalDate start() {
    return key.start();
  }

  LocalDate end() {
    return key.end();
  }

  String place() {
    return place;
  }

  int capacity() {
    return capacity;
  }

  int enrolled() {
    return enrolled;
  }

  Staff staff() {
    return staff;
  }

  LocalDateTime resultsEnteredAt() {
    return resultsEnteredAt;
  }

  LocalDateTime resultsPublishedAt() {
    return resultsPublishedAt;
  }
}
