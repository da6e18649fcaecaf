package org.constable.web.personnel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.PersonnelLists;
import org.constable.platform.TypedDates;
import org.constable.web.personnel.WorkforceFigure.Dimension;
import org.constable.web.shell.ReferenceLabels;

/**
 * The officer list's view parameters as typed in the URL, e.g. from a workforce figure: {@code
 * preset}, {@code unit} (an id), {@code category}, {@code status} ({@link StatusChoice}), {@code
 * asOf} and one of {@code age}, {@code education}, {@code rank}, {@code grade} ({@link
 * WorkforceFigure}). {@link OfficersBean#load} checks them.
 */
public class OfficerListParameters implements Serializable {

  private static final long serialVersionUID = 1L;

  private String preset;
  private String unit;
  private String category;
  private String status;
  private String asOf;
  private String age;
  private String education;
  private String rank;
  private String grade;

  /** A bad parameter: the message that says so, with its name and the value typed. */
  record Bad(String messageKey, String name, String value) {

    Bad(String name, String value) {
      this("officers.badParameter", name, value);
    }
  }

  /** The parameters whose values are not what the list knows, in the URL's order of mention. */
  List<Bad> bad(ReferenceLabels references) {
    List<Bad> bad = new ArrayList<>();
    check(bad, "preset", preset, v -> WorkforceFigure.isConstant(OfficerPreset.class, v));
    check(bad, "unit", unit, v -> v.strip().matches("\\d{1,18}"));
    check(bad, "category", category, v -> WorkforceFigure.isConstant(PersonnelCategory.class, v));
    check(bad, "status", status, StatusChoice::isValid);
    check(bad, "asOf", asOf, v -> TypedDates.parse(v).filter(TypedDates::isPlausible).isPresent());
    check(bad, "age", age, WorkforceFigure::isAgeBand);
    check(bad, "education", education, WorkforceFigure::isEducation);
    check(bad, "rank", rank, v -> references.knows(PersonnelLists.RANK, v));
    check(bad, "grade", grade, v -> references.knows(PersonnelLists.GRADE, v));
    var dimensions = dimensions();
    if (dimensions.size() > 1 && bad.isEmpty()) {
      // one figure at a time: the second is the one too many
      var second = new ArrayList<>(dimensions.entrySet()).get(1);
      bad.add(new Bad("officers.oneFigure", second.getKey().parameter(), second.getValue()));
    }
    return bad;
  }

  Optional<OfficerPreset> preset() {
    return given(preset).map(OfficerPreset::valueOf);
  }

  Optional<Long> unitId() {
    return given(unit).map(v -> Long.valueOf(v.strip()));
  }

  Optional<PersonnelCategory> category() {
    return given(category).map(PersonnelCategory::valueOf);
  }

  Optional<String> status() {
    return given(status);
  }

  /** The figure asked for (checked first), on its day or today's; empty for none. */
  Optional<WorkforceFigure> figure(LocalDate today) {
    var dimensions = dimensions();
    if (dimensions.isEmpty() && given(asOf).isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = given(asOf).flatMap(TypedDates::parse).orElse(today);
    return dimensions.entrySet().stream()
        .findFirst()
        .map(e -> new WorkforceFigure(day, e.getKey(), e.getValue().strip()))
        .or(() -> Optional.of(new WorkforceFigure(day, null, null)));
  }

  private Map<Dimension, String> dimensions() {
    Map<Dimension, String> given = new LinkedHashMap<>();
    given(age).ifPresent(v -> given.put(Dimension.AGE, v));
    given(education).ifPresent(v -> given.put(Dimension.EDUCATION, v));
    given(rank).ifPresent(v -> given.put(Dimension.RANK, v));
    given(grade).ifPresent(v -> given.put(Dimension.GRADE, v));
    return given;
  }

  private static void check(
      List<Bad> bad, String name, String value, java.util.function.Predicate<String> good) {
    if (value != null && !value.isBlank() && !good.test(value.strip())) {
      bad.add(new Bad(name, value));
    }
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  boolean isEmpty() {
    return java.util.stream.Stream.of(
            preset, unit, category, status, asOf, age, education, rank, grade)
        .allMatch(value -> value == null || value.isBlank());
  }

  public String getPreset() {
    return preset;
  }

  public void setPreset(String preset) {
    this.preset = preset;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public String getAge() {
    return age;
  }

  public void setAge(String age) {
    this.age = age;
  }

  public String getEducation() {
    return education;
  }

  public void setEducation(String education) {
    this.education = education;
  }

  public String getRank() {
    return rank;
  }

  public void setRank(String rank) {
    this.rank = rank;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }
}
