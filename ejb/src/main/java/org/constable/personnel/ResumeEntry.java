package org.constable.personnel;

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
import java.time.LocalDate;

/** A row of an officer's résumé (简历): from when to when, in which unit, as what. */
@Entity
@Table(name = "officer_resume")
public class ResumeEntry {

  @Id
  @SequenceGenerator(
      name = "officer_resume_seq",
      sequenceName = "officer_resume_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "officer_resume_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "unit_name", nullable = false)
  private String unitName;

  private String position;

  protected ResumeEntry() {}

  ResumeEntry(Officer officer, ResumeLine line) {
    this.officer = officer;
    this.startDate = line.startDate();
    this.endDate = line.endDate();
    this.unitName = line.unitName().strip();
    this.position =
        line.position() == null || line.position().isBlank() ? null : line.position().strip();
  }

  Officer getOfficer() {
    return officer;
  }

  ResumeLine line() {
    return new ResumeLine(id, startDate, endDate, unitName, position);
  }
}
