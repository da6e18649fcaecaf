package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.platform.BusinessException;
import org.constable.training.AttendanceBook;
import org.constable.training.RollRow;
import org.constable.training.TrainingRowsRejectedException;
import org.constable.web.shell.FacesMessages;

/**
 * The roll of one day of the session: each trainee absent, half a day or the whole day; a phone
 * check-in is offered as the whole day until the roll is confirmed.
 */
@Named
@ViewScoped
public class RollBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line of the roll as the trainer edits it. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final RollRow row;
    private int halfDays;

    Line(RollRow row) {
      this.row = row;
      this.halfDays = row.confirmed() || row.checkedIn() ? row.halfDays() : 0;
    }

    public RollRow getRow() {
      return row;
    }

    public int getHalfDays() {
      return halfDays;
    }

    public void setHalfDays(int halfDays) {
      this.halfDays = halfDays;
    }
  }

  @Inject private SessionBean session;
  @Inject private AttendanceBook book;
  @Inject private Clock clock;

  private LocalDate day;
  private List<Line> lines;

  /** The days of the session up to today, the latest first. */
  public List<LocalDate> getDays() {
    LocalDate today = LocalDate.now(clock);
    return session.getDetails().dates().stream()
        .filter(d -> !d.isAfter(today))
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  public List<Line> getLines() {
    if (lines == null) {
      reload();
    }
    return lines;
  }

  public void reload() {
    List<LocalDate> days = getDays();
    if (day == null && !days.isEmpty()) {
      day = days.get(0);
    }
    lines = new ArrayList<>();
    if (day != null) {
      book.roll(session.getSessionId(), day).forEach(r -> lines.add(new Line(r)));
    }
  }

  /** Everyone present the whole day: a starting point the trainer corrects. */
  public void allPresent() {
    getLines().forEach(l -> l.setHalfDays(2));
  }

  public void confirm() {
    Map<Long, Integer> byOfficer = new LinkedHashMap<>();
    getLines().forEach(l -> byOfficer.put(l.getRow().officerId(), l.getHalfDays()));
    try {
      int credited = book.confirmRoll(session.getSessionId(), day, byOfficer);
      FacesMessages.info(
          "training.roll.confirmed",
          byOfficer.size(),
          org.constable.training.HalfDays.format(credited));
      reload();
    } catch (TrainingRowsRejectedException e) {
      FacesMessages.error(e);
      TrainingTexts.rowErrors(e);
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public long getCheckedIn() {
    return getLines().stream().filter(l -> l.getRow().checkedIn()).count();
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }
}
