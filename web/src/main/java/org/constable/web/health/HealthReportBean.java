package org.constable.web.health;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.health.ConditionCount;
import org.constable.health.CoverageRow;
import org.constable.health.HealthChecks;
import org.constable.health.NamedPage;
import org.constable.health.NamedRow;
import org.constable.platform.ClockProducer;
import org.constable.security.Permissions;
import org.constable.web.reporting.ChartJson;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;
import org.constable.web.shell.UserBean;

/**
 * The year's health check coverage per unit and the chronic condition counts, as counts for
 * everyone who may open it; the named drill-downs (who is overdue in a unit, who has a condition)
 * and their export only with health:read, each read in the security log.
 */
@Named
@ViewScoped
public class HealthReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most rows the named export writes. */
  static final int EXPORT_ROWS = 5000;

  @Inject private HealthChecks checks;
  @Inject private ReferenceLabels references;
  @Inject private UserBean user;

  private int year = LocalDate.now(ClockProducer.ZONE).getYear();
  private List<CoverageRow> coverage;
  private List<ConditionCount> conditions;

  /** The drill-down shown: OVERDUE of a unit, or CONDITION of a code. */
  private String drill;

  private Long drillUnit;
  private String drillCondition;
  private NamedPage named;

  public void changeYear() {
    coverage = null;
    conditions = null;
    named = null;
    drill = null;
  }

  public List<CoverageRow> getCoverage() {
    if (coverage == null) {
      coverage = checks.coverage(year);
    }
    return coverage;
  }

  public List<ConditionCount> getConditions() {
    if (conditions == null) {
      conditions = checks.conditionCounts(year);
    }
    return conditions;
  }

  public long getOfficers() {
    return getCoverage().stream().mapToLong(CoverageRow::officers).sum();
  }

  public long getChecked() {
    return getCoverage().stream().mapToLong(CoverageRow::checked).sum();
  }

  public long getOverdue() {
    return getCoverage().stream().mapToLong(CoverageRow::overdue).sum();
  }

  public String getCoverageChart() {
    Locale locale = Texts.viewLocale();
    List<CoverageRow> rows = getCoverage().stream().limit(40).toList();
    return ChartJson.bar(
        rows.stream().map(r -> r.label(locale)).toList(),
        new ChartJson.Series(
            Texts.get(locale, "health.report.checked"),
            rows.stream().map(CoverageRow::checked).toList(),
            ChartJson.BRAND,
            false),
        new ChartJson.Series(
            Texts.get(locale, "health.report.overdue"),
            rows.stream().map(CoverageRow::overdue).toList(),
            ChartJson.ALERT,
            false));
  }

  public String getConditionChart() {
    Locale locale = Texts.viewLocale();
    return ChartJson.bar(
        getConditions().stream()
            .map(c -> references.label("HCOND", c.condition(), locale))
            .toList(),
        new ChartJson.Series(
            Texts.get(locale, "health.report.officersWith"),
            getConditions().stream().map(ConditionCount::officers).toList(),
            ChartJson.BRAND,
            false));
  }

  public boolean isNamed() {
    return user.can(Permissions.HEALTH_READ);
  }

  public void showOverdue(CoverageRow row) {
    drill = "OVERDUE";
    drillUnit = row.unitId();
    named = checks.overdue(drillUnit, 0, HealthChecks.LARGEST_PAGE);
  }

  public void showCondition(ConditionCount count) {
    drill = "CONDITION";
    drillCondition = count.condition();
    named = checks.withCondition(drillCondition, year, 0, HealthChecks.LARGEST_PAGE);
  }

  public void closeDrill() {
    drill = null;
    named = null;
  }

  public String getDrillTitle() {
    Locale locale = Texts.viewLocale();
    if ("OVERDUE".equals(drill)) {
      String unit =
          getCoverage().stream()
              .filter(r -> r.unitId() == drillUnit)
              .map(r -> r.label(locale))
              .findFirst()
              .orElse("");
      return Texts.get(locale, "health.report.drillOverdue", unit);
    }
    return Texts.get(
        locale,
        "health.report.drillCondition",
        references.label("HCOND", drillCondition, locale),
        year);
  }

  /** The counts as a workbook: coverage per unit and condition counts; no names. */
  public void exportCounts() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "health.report.fileName", year) + ".xlsx",
        "health-report-" + year + ".xlsx",
        Downloads.XLSX,
        "health counts; year=" + year,
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "health.report.coverage"));
            sheet.header(
                Texts.get(locale, "health.report.unit"),
                Texts.get(locale, "health.report.officers"),
                Texts.get(locale, "health.report.checked"),
                Texts.get(locale, "health.report.percent"),
                Texts.get(locale, "health.report.overdue"));
            for (CoverageRow r : getCoverage()) {
              sheet.row(
                  r.label(locale), r.officers(), r.checked(), r.percentChecked(), r.overdue());
            }
            var counts = new SheetWriter(workbook, Texts.get(locale, "health.report.conditions"));
            counts.header(
                Texts.get(locale, "health.field.condition"),
                Texts.get(locale, "health.report.officersWith"));
            for (ConditionCount c : getConditions()) {
              counts.row(references.label("HCOND", c.condition(), locale), c.officers());
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  /** The drill-down's names as a workbook: health:read, and read (so audited) by the service. */
  public void exportNamed() {
    Locale locale = Texts.viewLocale();
    NamedPage rows =
        "OVERDUE".equals(drill)
            ? checks.overdue(drillUnit, 0, HealthChecks.LARGEST_PAGE)
            : checks.withCondition(drillCondition, year, 0, HealthChecks.LARGEST_PAGE);
    Downloads.send(
        Texts.get(locale, "health.report.namedFileName") + ".xlsx",
        "health-named.xlsx",
        Downloads.XLSX,
        "health named; " + drill + "; unit=" + drillUnit + "; condition=" + drillCondition,
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "health.report.named"));
            sheet.title(List.of(getDrillTitle()));
            sheet.header(
                Texts.get(locale, "field.policeNumber"),
                Texts.get(locale, "field.name"),
                Texts.get(locale, "health.report.unit"),
                Texts.get(locale, "health.report.lastCheck"),
                Texts.get(locale, "health.field.followUpOn"));
            for (NamedRow r : rows.rows()) {
              sheet.row(
                  r.policeNumber(), r.name(), r.unitLabel(locale), r.lastCheck(), r.followUpOn());
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(ClockProducer.ZONE).getYear();
    return List.of(now, now - 1, now - 2, now - 3, now - 4);
  }

  public boolean isDrilling() {
    return named != null;
  }

  public NamedPage getNamedPage() {
    return named;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }
}
