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
import java.time.LocalDate;
import org.constable.personnel.Officer;

/** 教官: an officer of the force, or a teacher from outside, appointed for a period. */
@Entity
@Table(name = "training_instructor")
public class Instructor {

  @Id
  @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Column(name = "external_name")
  private String externalName;

  private String organisation;

  @Column(nullable = false)
  private String speciality;

  @Column(name = "appointed_from", nullable = false)
  private LocalDate appointedFrom;

  @Column(name = "appointed_to")
  private LocalDate appointedTo;

  @Version private long version;

  protected Instructor() {}

  public Instructor(
      Officer officer,
      String externalName,
      String organisation,
      String speciality,
      LocalDate appointedFrom,
      LocalDate appointedTo) {
    this.officer = officer;
    this.externalName = officer == null ? externalName : null;
    this.organisation = organisation;
    this.speciality = speciality;
    this.appointedFrom = appointedFrom;
    this.appointedTo = appointedTo;
  }

  public String displayName() {
    return officer != null ? officer.getName() : externalName;
  }

  public boolean isInternal() {
    return officer != null;
  }

  public boolean appointedOn(LocalDate day) {
    return !day.isBefore(appointedFrom) && (appointedTo == null || !day.isAfter(appointedTo));
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public String getExternalName() {
    return externalName;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getSpeciality() {
    return speciality;
  }

  public LocalDate getAppointedFrom() {
    return appointedFrom;
  }

  public LocalDate getAppointedTo() {
    return appointedTo;
  }
}
