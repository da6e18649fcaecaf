package org.constable.recuperation;

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
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.constable.personnel.OrgUnit;

/** A recuperation group: a place, the days, the places, and the unit whose officers may go. */
@Entity
@Table(name = "recuperation_group")
public class RecuperationGroup {

  @Id
  @SequenceGenerator(
      name = "recuperation_seq",
      sequenceName = "recuperation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recuperation_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private OrgUnit unit;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String place;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(nullable = false)
  private int places;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  protected RecuperationGroup() {}

  RecuperationGroup(OrgUnit unit, GroupInput input, LocalDateTime at, String by) {
    this.unit = unit;
    this.name = input.name();
    this.place = input.place();
    this.startDate = input.from();
    this.endDate = input.to();
    this.places = input.places();
    this.createdAt = at;
    this.createdBy = by;
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public int getPlaces() {
    return places;
  }

  public String getName() {
    return name;
  }

  public String getPlace() {
    return place;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", unit.getCode());
    m.put("name", name);
    m.put("place", place);
    m.put("from", startDate);
    m.put("to", endDate);
    m.put("places", places);
    return m;
  }
}
