package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.constable.platform.BusinessException;
import org.constable.training.CourseCatalogue;
import org.constable.training.CourseInput;
import org.constable.training.CourseRow;
import org.constable.training.HalfDays;
import org.constable.training.OrganiserLevel;
import org.constable.web.shell.FacesMessages;

/** The courses of the training plan, created and changed by HR. */
@Named
@ViewScoped
public class CoursesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseCatalogue catalogue;

  private List<CourseRow> courses;
  private Long editingId;
  private long editingVersion;
  private String nameZh;
  private String nameEn;
  private String categoryCode;
  private BigDecimal days;
  private OrganiserLevel level = OrganiserLevel.COUNTY;
  private boolean exam;
  private BigDecimal passMark = BigDecimal.valueOf(60);
  private boolean active = true;

  public List<CourseRow> getCourses() {
    if (courses == null) {
      courses = catalogue.courses(false);
    }
    return courses;
  }

  public void startNew() {
    editingId = null;
    nameZh = null;
    nameEn = null;
    categoryCode = null;
    days = null;
    level = OrganiserLevel.COUNTY;
    exam = false;
    passMark = BigDecimal.valueOf(60);
    active = true;
  }

  public void edit(CourseRow row) {
    editingId = row.id();
    editingVersion = row.version();
    nameZh = row.nameZh();
    nameEn = row.nameEn();
    categoryCode = row.categoryCode();
    days = HalfDays.toDays(row.halfDays());
    level = row.level();
    exam = row.exam();
    passMark = row.passMark() == null ? BigDecimal.valueOf(60) : row.passMark();
    active = row.active();
  }

  public void save() {
    try {
      if (days == null) {
        throw new BusinessException("training.course.length");
      }
      int halfDays = HalfDays.typed(days);
      var input =
          new CourseInput(nameZh, nameEn, categoryCode, halfDays, level, exam, passMark, active);
      if (editingId == null) {
        catalogue.create(input);
      } else {
        catalogue.update(editingId, input, editingVersion);
      }
      FacesMessages.info("training.course.saved", nameZh);
      courses = null;
      org.primefaces.PrimeFaces.current().executeScript("PF('courseDialog').hide()");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public OrganiserLevel[] getLevels() {
    return OrganiserLevel.values();
  }

  public Long getEditingId() {
    return editingId;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public BigDecimal getDays() {
    return days;
  }

  public void setDays(BigDecimal days) {
    this.days = days;
  }

  public OrganiserLevel getLevel() {
    return level;
  }

  public void setLevel(OrganiserLevel level) {
    this.level = level;
  }

  public boolean isExam() {
    return exam;
  }

  public void setExam(boolean exam) {
    this.exam = exam;
  }

  public BigDecimal getPassMark() {
    return passMark;
  }

  public void setPassMark(BigDecimal passMark) {
    this.passMark = passMark;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
