package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.policy.PolicyService;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.constable.training.CourseCatalogue;
import org.constable.training.CourseRow;
import org.constable.training.HalfDays;
import org.constable.training.InstructorRegistry;
import org.constable.training.InstructorRow;
import org.constable.training.SessionInput;
import org.constable.training.SessionPlanner;
import org.constable.training.SessionRow;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.PagedModel;

/**
 * The sessions of a year: HR's of its scope with the form for a new one; on the trainer's desk, the
 * sessions it teaches or examines.
 */
@Named
@ViewScoped
public class SessionsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SessionPlanner planner;
  @Inject private CourseCatalogue courses;
  @Inject private InstructorRegistry instructors;
  @Inject private PolicyService policy;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private int year;
  private Long courseId;
  private UnitRow organiser;
  private LocalDate startDate;
  private LocalDate endDate;
  private String place;
  private Integer capacity;
  private BigDecimal days;
  private boolean retraining;
  private List<Long> instructorIds = new ArrayList<>();
  private List<Long> examinerIds = new ArrayList<>();
  private Long createdId;
  private List<CourseRow> courseChoices;
  private List<InstructorRow> instructorChoices;

  private final PagedModel<SessionRow> model =
      new PagedModel<>(
          () -> planner.count(year),
          (first, size, sortBy) -> planner.sessions(year, first, size),
          SessionRow::id);

  @jakarta.annotation.PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return IntStream.rangeClosed(now - 4, now + 1).boxed().sorted((a, b) -> b - a).toList();
  }

  public List<CourseRow> getCourses() {
    if (courseChoices == null) {
      courseChoices = courses.courses(true);
    }
    return courseChoices;
  }

  public List<InstructorRow> getInstructors() {
    if (instructorChoices == null) {
      instructorChoices = instructors.instructors(LocalDate.now(clock).getYear());
    }
    return instructorChoices;
  }

  public boolean isSeparationOn() {
    return policy.isOn(SessionPlanner.SEPARATION);
  }

  public boolean isPlanner() {
    return currentUser.can(Permissions.TRAINING_MANAGE);
  }

  /** The course picked: its length becomes the session's days. */
  public void courseChosen() {
    getCourses().stream()
        .filter(c -> c.id() == (courseId == null ? -1 : courseId))
        .findFirst()
        .ifPresent(c -> days = HalfDays.toDays(c.halfDays()));
  }

  public void create() {
    try {
      if (courseId == null) {
        throw new BusinessException("training.session.unknownCourse");
      }
      if (days == null || capacity == null) {
        throw new BusinessException("training.session.numbersRequired");
      }
      int halfDays = HalfDays.typed(days);
      createdId =
          planner.create(
              new SessionInput(
                  courseId,
                  organiser == null ? null : organiser.code(),
                  startDate,
                  endDate,
                  place,
                  capacity,
                  halfDays,
                  retraining,
                  instructorIds,
                  examinerIds));
      FacesMessages.info("training.session.created");
      clearForm();
      org.primefaces.PrimeFaces.current().executeScript("PF('newDialog').hide()");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  private void clearForm() {
    courseId = null;
    startDate = null;
    endDate = null;
    place = null;
    capacity = null;
    days = null;
    retraining = false;
    instructorIds = new ArrayList<>();
    examinerIds = new ArrayList<>();
  }

  public PagedModel<SessionRow> getModel() {
    return model;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public UnitRow getOrganiser() {
    return organiser;
  }

  public void setOrganiser(UnitRow organiser) {
    this.organiser = organiser;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public BigDecimal getDays() {
    return days;
  }

  public void setDays(BigDecimal days) {
    this.days = days;
  }

  public boolean isRetraining() {
    return retraining;
  }

  public void setRetraining(boolean retraining) {
    this.retraining = retraining;
  }

  public List<Long> getInstructorIds() {
    return instructorIds;
  }

  public void setInstructorIds(List<Long> instructorIds) {
    this.instructorIds = instructorIds;
  }

  public List<Long> getExaminerIds() {
    return examinerIds;
  }

  public void setExaminerIds(List<Long> examinerIds) {
    this.examinerIds = examinerIds;
  }

  public Long getCreatedId() {
    return createdId;
  }
}
