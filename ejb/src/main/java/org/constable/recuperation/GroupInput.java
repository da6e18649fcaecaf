package org.constable.recuperation;

import java.io.Serializable;
import java.time.LocalDate;
import org.constable.platform.BusinessException;

/** A recuperation group as HR enters it. */
public record GroupInput(
    Long unitId, String name, String place, LocalDate from, LocalDate to, Integer places)
    implements Serializable {

  static final int NAME_LENGTH = 60;
  static final int PLACE_LENGTH = 100;
  static final int MOST_DAYS = 30;
  static final int MOST_PLACES = 500;

  /** The input checked and stripped, or the first thing wrong with it. */
  GroupInput check() {
    if (unitId == null) {
      throw new BusinessException("recuperation.input.unitRequired");
    }
    String n = name == null ? "" : name.strip();
    String p = place == null ? "" : place.strip();
    if (n.isEmpty()) {
      throw new BusinessException("recuperation.input.nameRequired");
    }
    if (n.length() > NAME_LENGTH) {
      throw new BusinessException("recuperation.input.nameTooLong", NAME_LENGTH);
    }
    if (p.isEmpty()) {
      throw new BusinessException("recuperation.input.placeRequired");
    }
    if (p.length() > PLACE_LENGTH) {
      throw new BusinessException("recuperation.input.placeTooLong", PLACE_LENGTH);
    }
    if (from == null || to == null) {
      throw new BusinessException("recuperation.input.datesRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("recuperation.input.endBeforeStart", from, to);
    }
    if (from.getYear() != to.getYear()) {
      throw new BusinessException("recuperation.input.acrossYears");
    }
    if (from.plusDays(MOST_DAYS).isBefore(to.plusDays(1))) {
      throw new BusinessException("recuperation.input.tooLong", MOST_DAYS);
    }
    if (places == null || places < 1 || places > MOST_PLACES) {
      throw new BusinessException("recuperation.input.places", MOST_PLACES);
    }
    return new GroupInput(unitId, n, p, from, to, places);
  }
}
