package org.constable.web.reporting;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.constable.personnel.UnitRow;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.NotFoundException;
import org.constable.reporting.WorkforceReport;
import org.constable.reporting.WorkforceStatistics;
import org.constable.web.personnel.ReferenceLabels;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.Texts;

/**
 * The workforce dashboard of one unit as of one day, both taken from the URL ({@code unit}, {@code
 * asOf}) so that every view, drill-down included, can be bookmarked.
 */
@Named
@ViewScoped
public class WorkforceBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int UNIT_SUGGESTIONS = 15;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private transient WorkforceStatistics statistics;
  @Inject private transient ReferenceLabels references;
  @Inject private transient Clock clock;

  private Long unitId;
  private String asOfParameter;
  private LocalDate asOf;
  private UnitRow unit;
  private WorkforceReport report;

  /** The page's view action: 403 for a unit outside the user's scope, 404 for no such unit. */
  public void load() {
    asOf = parseAsOf();
    try {
      report = statistics.report(asOf, unitId);
      unit = report.unit();
    } catch (AccessDeniedException e) {
      sendError(403, "error.403.title");
    } catch (NotFoundException e) {
      sendError(404, "error.404.title");
    }
  }

  /** Shows the chosen unit and day, as a new bookmarkable request. */
  public String show() {
    Long chosen = unit == null ? unitId : unit.id();
    return "/reporting/workforce?faces-redirect=true&asOf="
        + (asOf == null ? LocalDate.now(clock) : asOf)
        + (chosen == null ? "" : "&unit=" + chosen);
  }

  public List<UnitRow> completeUnit(String query) {
    return statistics.units(query, UNIT_SUGGESTIONS);
  }

  /** The figures shown, audited, as an .xlsx file. */
  public void export() {
    WorkforceReport fresh = statistics.report(report.asOf(), report.unit().id());
    statistics.recordExport(fresh.asOf(), fresh.unit().id());
    String fileName = Texts.get(locale(), "workforce.fileName", fresh.asOf()) + ".xlsx";
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType(XLSX);
    external.setResponseHeader("Cache-Control", "no-store");
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"workforce-"
            + fresh.asOf()
            + ".xlsx\"; filename*=UTF-8''"
            + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    try (OutputStream out = external.getResponseOutputStream()) {
      new WorkforceWorkbook(fresh, labels()).writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
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

  private void sendError(int status, String titleKey) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(status, Texts.get(locale(), titleKey));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  private WorkforceLabels labels() {
    return new WorkforceLabels(locale(), references);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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
