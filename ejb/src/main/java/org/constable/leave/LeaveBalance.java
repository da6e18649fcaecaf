package org.constable.leave;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.constable.personnel.Officer;

/**
 * The ledger row of one officer and year: what it is entitled to and why, what it carries from last
 * year, and what it took and has asked for. {@link LeaveLedger} keeps it in step.
 */
@Entity
@Table(name = "leave_balance")
@IdClass(LeaveBalance.Key.class)
public class LeaveBalance {

  /** The key: officer and year (a class with fields, as JPA sets them). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long officerId;
    private Integer year;

    public Key() {}

    public Key(long officerId, int year) {
      this.officerId = officerId;
      this.year = year;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(officerId, k.officerId)
          && Objects.equals(year, k.year);
    }

    @Override
    public int hashCode() {
      return Objects.hash(officerId, year);
    }
  }

  @Id
  @Column(name = "officer_id")
  private Long officerId;

  @Id
  @Column(name = "leave_year")
  private Integer year;

  /** The officer's, copied: police numbers never change, and the untaken list is ordered by it. */
  @Column(name = "police_number", nullable = false, updatable = false)
  private String policeNumber;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(name = "entitled_days", nullable = false)
  private int entitledDays;

  @Column(name = "carried_days", nullable = false)
  private int carriedDays;

  @Column(name = "taken_days", nullable = false)
  private int takenDays;

  @Column(name = "pending_days", nullable = false)
  private int pendingDays;

  @Column(name = "full_years", nullable = false)
  private int fullYears;

  @Column(name = "rule_key", nullable = false)
  private String ruleKey;

  @Column(name = "rule_args")
  private String ruleArgs;

  @Column(name = "computed_at", nullable = false)
  private LocalDateTime computedAt;

  protected LeaveBalance() {}

  LeaveBalance(Officer officer, int year) {
    this.officerId = officer.getId();
    this.policeNumber = officer.getPoliceNumber();
    this.year = year;
  }

  void set(
      Long unitId, Entitlement entitlement, int carried, int taken, int pending, LocalDateTime at) {
    this.unitId = unitId;
    this.entitledDays = entitlement.days();
    this.fullYears = entitlement.fullYears();
    this.ruleKey = entitlement.reasonKey();
    this.ruleArgs =
        entitlement.args().stream().map(String::valueOf).collect(Collectors.joining("|"));
    this.carriedDays = carried;
    this.takenDays = taken;
    this.pendingDays = pending;
    this.computedAt = at;
  }

  /** What the row adds to its unit's leave rate figures. */
  LeaveUnitSums.Share share() {
    return new LeaveUnitSums.Share(unitId, year, entitledDays, takenDays);
  }

  /** Last year's own days not taken: days taken use the carried ones first, which then expire. */
  int unusedOwnDays() {
    return Math.max(0, entitledDays - Math.max(0, takenDays - carriedDays));
  }

  BalanceView view() {
    List<String> args =
        ruleArgs == null || ruleArgs.isEmpty() ? List.of() : Arrays.asList(ruleArgs.split("\\|"));
    return new BalanceView(
        year, entitledDays, carriedDays, takenDays, pendingDays, fullYears, ruleKey, args);
  }

  public Long getOfficerId() {
    return officerId;
  }

  public int getEntitledDays() {
    return entitledDays;
  }

  public int getTakenDays() {
    return takenDays;
  }
}
