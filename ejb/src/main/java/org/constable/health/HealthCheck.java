package org.constable.health;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constable.audit.Concealed;
import org.constable.personnel.Officer;

/** One health check of an officer, with the chronic conditions it found. */
@Entity
@Table(name = "health_check")
public class HealthCheck {

  @Id
  @SequenceGenerator(name = "health_seq", sequenceName = "health_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Column(name = "checked_on", nullable = false)
  private LocalDate checkedOn;

  private String institution;
  private String conclusion;
  private String findings;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "health_check_condition", joinColumns = @JoinColumn(name = "check_id"))
  @Column(name = "condition_code")
  private Set<String> conditions = new TreeSet<>();

  @Column(name = "follow_up_on")
  private LocalDate followUpOn;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Version private long version;

  protected HealthCheck() {}

  HealthCheck(Officer officer, CheckInput input, LocalDateTime at, String by) {
    this.officer = officer;
    this.checkedOn = input.checkedOn();
    this.institution = input.institution();
    this.conclusion = input.conclusion();
    this.findings = input.findings();
    this.conditions = new TreeSet<>(input.conditions());
    this.followUpOn = input.followUpOn();
    this.recordedAt = at;
    this.recordedBy = by;
  }

  /**
   * What the audit trail keeps: the findings only as their length (the trail is not an archive).
   */
  Map<String, Object> snapshot() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("officer", officer.getPoliceNumber());
    v.put("checkedOn", checkedOn);
    v.put("institution", institution);
    v.put("conclusion", conclusion);
    v.put(
        "findings",
        new Concealed(
            findings == null ? "" : findings,
            findings == null ? "" : "(" + findings.length() + ")"));
    v.put("conditions", String.join(",", new TreeSet<>(conditions)));
    v.put("followUpOn", followUpOn);
    return v;
  }

  CheckRow row() {
    return new CheckRow(
        id,
        checkedOn,
        institution,
        conclusion,
        findings,
        List.copyOf(new TreeSet<>(conditions)),
        followUpOn,
        version);
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }

  public long getVersion() {
    return version;
  }
}
