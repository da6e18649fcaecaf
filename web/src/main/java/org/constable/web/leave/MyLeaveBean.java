package org.constable.web.leave;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.constable.leave.BalanceView;
import org.constable.leave.LeaveInput;
import org.constable.leave.LeaveRow;
import org.constable.leave.LeaveType;
import org.constable.leave.Leaves;
import org.constable.leave.WorkCalendars;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.UserBean;

/** 我的休假: the officer's entitlement and balance, its request for annual leave, its history. */
@Named
@ViewScoped
public class MyLeaveBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkCalendars calendars;
  @Inject private org.constable.recuperation.Recuperations recuperations;
  private List<org.constable.recuperation.Stay> stays;
  @Inject private Leaves leaves;
  @Inject private UserBean user;
  @Inject private Clock clock;

  private int year;
  private LocalDate from;
  private LocalDate to;
  private String reason;
  private BalanceView balance;
  private List<LeaveRow> history;

  @jakarta.annotation.PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
  }

  public void request() {
    if (FacesMessages.attempt(
        () -> leaves.request(new LeaveInput(LeaveType.ANNUAL, from, to, false, reason)),
        "leave.mine.requested")) {
      from = null;
      to = null;
      reason = null;
      reload();
    }
  }

  public void withdraw(LeaveRow row) {
    if (FacesMessages.attempt(
        () -> leaves.withdraw(row.id(), row.version()), "leave.mine.withdrawn")) {
      reload();
    }
  }

  /** The working days the dates chosen would take, shown before asking. */
  public Integer getDays() {
    if (from == null || to == null || to.isBefore(from)) {
      return null;
    }
    return calendars.days(LeaveType.ANNUAL, from, to);
  }

  public BalanceView getBalance() {
    if (balance == null) {
      balance = leaves.balance(user.getOfficerId(), year);
    }
    return balance;
  }

  /** Its places in recuperation groups. */
  public List<org.constable.recuperation.Stay> getStays() {
    if (stays == null) {
      stays = recuperations.mine();
    }
    return stays;
  }

  public List<LeaveRow> getHistory() {
    if (history == null) {
      history = leaves.of(user.getOfficerId(), year);
    }
    return history;
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now, now - 1, now - 2);
  }

  public void yearChanged() {
    reload();
  }

  private void reload() {
    balance = null;
    history = null;
  }

  public boolean isCurrentYear() {
    return year == LocalDate.now(clock).getYear();
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
