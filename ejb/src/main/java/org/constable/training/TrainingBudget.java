package org.constable.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.constable.personnel.OrgUnit;

/** A unit's operating budget (业务经费) of a year and what it spent on training, in yuan. */
@Entity
@Table(name = "training_budget")
public class TrainingBudget {

  @Id
  @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private OrgUnit unit;

  @Column(name = "year_no", nullable = false)
  private int year;

  @Column(name = "operating_budget", nullable = false)
  private BigDecimal operatingBudget;

  @Column(name = "training_spend", nullable = false)
  private BigDecimal trainingSpend;

  @Version private long version;

  protected TrainingBudget() {}

  TrainingBudget(OrgUnit unit, int year) {
    this.unit = unit;
    this.year = year;
  }

  void set(BigDecimal operatingBudget, BigDecimal trainingSpend) {
    this.operatingBudget = operatingBudget;
    this.trainingSpend = trainingSpend;
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  public int getYear() {
    return year;
  }

  public BigDecimal getOperatingBudget() {
    return operatingBudget;
  }

  public BigDecimal getTrainingSpend() {
    return trainingSpend;
  }

  public long getVersion() {
    return version;
  }
}
