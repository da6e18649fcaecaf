package org.constable.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.constable.personnel.OrgUnit;

/** A run of a course (培训班): its dates, place, capacity and staff. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

  @Id
  @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organiser_unit_id")
  private OrgUnit organiser;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(nullable = false)
  private String place;

  @Column(nullable = false)
  private int capacity;

  /** The most a trainee is credited for the whole session. */
  @Column(name = "half_days", nullable = false)
  private int halfDays;

  /** A retraining run (复训) of the course, for those who failed it. */
  @Column(nullable = false)
  private boolean retraining;

  @Column(name = "results_published_at")
  private LocalDateTime resultsPublishedAt;

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<SessionStaff> staff = new ArrayList<>();

  @Version private long version;

  protected TrainingSession() {}

  public TrainingSession(Course course, OrgUnit organiser) {
    this.course = course;
    this.organiser = organiser;
  }

  void schedule(SessionInput input) {
    this.startDate = input.startDate();
    this.endDate = input.endDate();
    this.place = input.place().strip();
    this.capacity = input.capacity();
    this.halfDays = input.halfDays();
    this.retraining = input.retraining();
  }

  void staffWith(List<Instructor> instructors, List<Instructor> examiners) {
    staff.clear();
    instructors.forEach(i -> staff.add(new SessionStaff(this, i, StaffRole.INSTRUCTOR)));
    examiners.forEach(i -> staff.add(new SessionStaff(this, i, StaffRole.EXAMINER)));
  }

  void publishResults(LocalDateTime now) {
    this.resultsPublishedAt = now;
  }

  public boolean includes(LocalDate day) {
    return !day.isBefore(startDate) && !day.isAfter(endDate);
  }

  public boolean resultsPublished() {
    return resultsPublishedAt != null;
  }

  /** Whether this officer teaches (or examines) the session. */
  public boolean hasStaff(long officerId, StaffRole role) {
    return staff.stream()
        .anyMatch(
            s ->
                s.getRole() == role
                    && s.getInstructor().getOfficer() != null
                    && s.getInstructor().getOfficer().getId() == officerId);
  }

  public List<Instructor> staff(StaffRole role) {
    return staff.stream()
        .filter(s -> s.getRole() == role)
        .map(SessionStaff::getInstructor)
        .toList();
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public OrgUnit getOrganiser() {
    return organiser;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getPlace() {
    return place;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getHalfDays() {
    return halfDays;
  }

  public boolean isRetraining() {
    return retraining;
  }

  public LocalDateTime getResultsPublishedAt() {
    return resultsPublishedAt;
  }

  public long getVersion() {
    return version;
  }
}
