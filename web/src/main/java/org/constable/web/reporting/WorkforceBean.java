package org.constable.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.constable.personnel.UnitRow;
import org.constable.platform.TypedDates;
import org.constable.reporting.WorkforceReport;
import org.constable.reporting.WorkforceStatistics;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;
import org.constable.web.shell.ViewParameters;

/**
 * The workforce dashboard of one unit as of one day, both taken from the URL ({@code unit}, {@code
 * asOf}) so that every view, drill-down included, can be bookmarked.
 */
@Named
@ViewScoped
public class WorkforceBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkforceStatistics statistics;
  @Inject private ReferenceLabels references;
  @Inject private Clock clock;

  private Long unitId;
  private String asOfParameter;
  private LocalDate asOf;
  private UnitRow unit;
  private WorkforceReport report;

  /**
   * The page's view action: a unit outside the user's scope is 403, no such unit 404 (the shell's
   * exception handler shows the page).
   */
  public void load() {
    asOf = parseAsOf();
    report = statistics.report(asOf, unitId);
    unit = report.unit();
  }

  /** Shows the chosen unit and day, as a new bookmarkable request. */
  public String show() {
    Long chosen = unit == null ? unitId : unit.id();
    return "/reporting/workforce?faces-redirect=true&asOf="
        + (asOf == null ? LocalDate.now(clock) : asOf)
        + (chosen == null ? "" : "&unit=" + chosen);
  }

  /** The figures shown, audited, as an .xlsx file. */
  public void export() {
    WorkforceReport fresh = statistics.report(report.asOf(), report.unit().id());
    statistics.recordExport(fresh.asOf(), fresh.unit().id());
    Downloads.send(
        Texts.get(Texts.viewLocale(), "workforce.fileName", fresh.asOf()) + ".xlsx",
        "workforce-" + fresh.asOf() + ".xlsx",
        Downloads.XLSX,
        out -> new WorkforceWorkbook(fresh, labels()).writeTo(out));
  }

  private LocalDate parseAsOf() {
    if (asOfParameter == null || asOfParameter.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      LocalDate day = LocalDate.parse(asOfParameter.strip());
      if (TypedDates.isPlausible(day)) {
        return day;
      }
    } catch (DateTimeParseException e) {
      // the same message as a date out of range
    }
    FacesMessages.error("workforce.badDate", asOfParameter);
    return LocalDate.now(clock);
  }

  private WorkforceLabels labels() {
    Locale locale = Texts.viewLocale();
    return new WorkforceLabels(locale, references.in(locale));
  }

  public WorkforceCharts getCharts() {
    return new WorkforceCharts(report, labels());
  }

  public WorkforceReport getReport() {
    return report;
  }

  public String getUnitParameter() {
    return unitId == null ? null : String.valueOf(unitId);
  }

  /** A hand-edited unit that is not a number is a unit that does not exist (404). */
  public void setUnitParameter(String unit) {
    this.unitId = unit == null || unit.isBlank() ? null : ViewParameters.id("OrgUnit", unit);
  }

  public String getAsOfParameter() {
    return asOfParameter;
  }

  public void setAsOfParameter(String asOfParameter) {
    this.asOfParameter = asOfParameter;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public UnitRow getUnit() {
    return unit;
  }

  public void setUnit(UnitRow unit) {
    this.unit = unit;
  }
}
