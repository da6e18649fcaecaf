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
import org.constable.reporting.WorkforceReport;
import org.constable.reporting.WorkforceStatistics;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;

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
      return LocalDate.parse(asOfParameter.strip());
    } catch (DateTimeParseException e) {
      FacesMessages.error("workforce.badDate", asOfParameter);
      return LocalDate.now(clock);
    }
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

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
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
