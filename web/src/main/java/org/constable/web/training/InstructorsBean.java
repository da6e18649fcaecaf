package org.constable.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.constable.platform.BusinessException;
import org.constable.training.EvaluationAverage;
import org.constable.training.InstructorEvaluations;
import org.constable.training.InstructorRegistry;
import org.constable.training.InstructorRow;
import org.constable.web.shell.FacesMessages;

/** 教官: the instructors with their load this year; HR appoints an officer or an outside teacher. */
@Named
@ViewScoped
public class InstructorsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InstructorRegistry registry;
  @Inject private Clock clock;
  @Inject private InstructorEvaluations evaluations;

  private List<InstructorRow> instructors;
  private Map<Long, EvaluationAverage> averages;
  private Integer year;
  private InstructorRow remarksOf;
  private List<InstructorEvaluations.Remark> remarks = List.of();
  private boolean internal = true;
  private String policeNumber;
  private String externalName;
  private String organisation;
  private String speciality;
  private LocalDate from;
  private LocalDate to;

  @PostConstruct
  void init() {
    from = LocalDate.now(clock);
  }

  public List<InstructorRow> getInstructors() {
    if (instructors == null) {
      instructors = registry.instructors(getYear());
      averages = evaluations.averages(getYear());
    }
    return instructors;
  }

  public void appoint() {
    try {
      if (internal) {
        registry.appointOfficer(policeNumber, speciality, from, to);
      } else {
        registry.appointExternal(externalName, organisation, speciality, from, to);
      }
      FacesMessages.info("training.instructor.appointed");
      instructors = null;
      policeNumber = null;
      externalName = null;
      organisation = null;
      speciality = null;
      org.primefaces.PrimeFaces.current().executeScript("PF('appointDialog').hide()");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public int getYear() {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  /** The year chosen: the lists follow. */
  public void yearChanged() {
    instructors = null;
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return IntStream.rangeClosed(now - 4, now).boxed().sorted((a, b) -> b - a).toList();
  }

  /** The instructor's ratings in the year, or none. */
  public EvaluationAverage average(InstructorRow row) {
    getInstructors();
    return averages.get(row.id());
  }

  public int getMinimumRatings() {
    return evaluations.minimumRatings();
  }

  public void showRemarks(InstructorRow row) {
    remarksOf = row;
    remarks = evaluations.remarks(row.id(), getYear());
  }

  public InstructorRow getRemarksOf() {
    return remarksOf;
  }

  public List<InstructorEvaluations.Remark> getRemarks() {
    return remarks;
  }

  public boolean isInternal() {
    return internal;
  }

  public void setInternal(boolean internal) {
    this.internal = internal;
  }

  public String getPoliceNumber() {
    return policeNumber;
  }

  public void setPoliceNumber(String policeNumber) {
    this.policeNumber = policeNumber;
  }

  public String getExternalName() {
    return externalName;
  }

  public void setExternalName(String externalName) {
    this.externalName = externalName;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getSpeciality() {
    return speciality;
  }

  public void setSpeciality(String speciality) {
    this.speciality = speciality;
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
}
