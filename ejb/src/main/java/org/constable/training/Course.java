package org.constable.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Locale;

/** A course of the training plan: what is taught, for how long, and whether it ends in an exam. */
@Entity
@Table(name = "training_course")
public class Course {

  /** The category codes the rules look for (reference list {@code COURSE}). */
  public static final String ROTATION = "ROTATION";

  public static final String ANNUAL_EXAM = "ANNUALEXAM";

  @Id
  @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
  private Long id;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "category_code", nullable = false)
  private String categoryCode;

  @Column(name = "half_days", nullable = false)
  private int halfDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "organiser_level", nullable = false)
  private OrganiserLevel level;

  @Column(name = "has_exam", nullable = false)
  private boolean exam;

  @Column(name = "pass_mark")
  private BigDecimal passMark;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Course() {}

  public Course(CourseInput input) {
    apply(input);
  }

  final void apply(CourseInput input) {
    this.nameZh = input.nameZh().strip();
    this.nameEn = input.nameEn().strip();
    this.categoryCode = input.categoryCode();
    this.halfDays = input.halfDays();
    this.level = input.level();
    this.exam = input.exam();
    this.passMark = input.exam() ? input.passMark() : null;
    this.active = input.active();
  }

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }

  public Long getId() {
    return id;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public int getHalfDays() {
    return halfDays;
  }

  public OrganiserLevel getLevel() {
    return level;
  }

  public boolean hasExam() {
    return exam;
  }

  public BigDecimal getPassMark() {
    return passMark;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
