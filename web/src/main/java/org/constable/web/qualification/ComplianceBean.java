package org.constable.web.qualification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.qualification.ComplianceLine;
import org.constable.qualification.ComplianceReport;
import org.constable.qualification.ShortfallRow;
import org.constable.qualification.UnitCompliance;
import org.constable.web.reporting.ChartJson;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * 持证达标: every requirement over the scope on a chosen day; a requirement opens its units, a unit the
 * units beneath it, down to the officers who fall short; the trail leads back up.
 */
@Named
@ViewScoped
public class ComplianceBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ComplianceReport report;
  @Inject private CertificateLabels labels;
  @Inject private Clock clock;

  private LocalDate day;
  private List<ComplianceLine> summary;
  private Long requirementId;
  private Long unitId;
  private UnitCompliance units;

  private final PagedModel<ShortfallRow> shortfall =
      new PagedModel<>(
          () -> requirementId == null ? 0 : report.shortfallCount(requirementId, unitId, day),
          (first, size, sortBy) -> report.shortfall(requirementId, unitId, day, first, size),
          ShortfallRow::officerId);

  @PostConstruct
  void init() {
    day = LocalDate.now(clock);
  }

  public void dayChanged() {
    if (day == null) {
      day = LocalDate.now(clock);
    }
    summary = null;
    units = null;
  }

  public void open(long requirement) {
    requirementId = requirement;
    unitId = null;
    units = null;
  }

  public void drill(Long unit) {
    unitId = unit;
    units = null;
  }

  public void back() {
    requirementId = null;
    unitId = null;
    units = null;
  }

  public List<ComplianceLine> getSummary() {
    if (summary == null) {
      summary = report.summary(day);
    }
    return summary;
  }

  public UnitCompliance getUnits() {
    if (units == null && requirementId != null) {
      units = report.units(requirementId, unitId, day);
    }
    return units;
  }

  /** Each unit's share against the target, as bars. */
  public String getChart() {
    UnitCompliance current = getUnits();
    if (current == null || current.rows().isEmpty()) {
      return null;
    }
    Locale locale = Texts.viewLocale();
    List<String> names =
        current.rows().stream()
            .map(
                r ->
                    r.own()
                        ? Texts.get(locale, "qualification.compliance.ownLevel")
                        : r.unit().name(locale))
            .toList();
    List<BigDecimal> shares =
        current.rows().stream()
            .map(r -> r.figure().percent() == null ? BigDecimal.ZERO : r.figure().percent())
            .toList();
    List<Integer> target = current.rows().stream().map(r -> r.figure().targetPercent()).toList();
    return ChartJson.bar(
        names,
        new ChartJson.Series(
            Texts.get(locale, "qualification.compliance.share"), shares, ChartJson.BRAND, false),
        new ChartJson.Series(
            Texts.get(locale, "qualification.compliance.target"), target, ChartJson.ALERT, true));
  }

  /** The summary, or the open requirement's units and everyone who falls short beneath the unit. */
  public void export() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "qualification.compliance.fileName", day) + ".xlsx",
        "compliance-" + day + ".xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(100)) {
            writeSummary(
                new SheetWriter(workbook, Texts.get(locale, "qualification.compliance.title")),
                locale);
            if (requirementId != null) {
              writeUnits(
                  new SheetWriter(workbook, Texts.get(locale, "qualification.compliance.units")),
                  locale);
              writeShortfall(
                  new SheetWriter(
                      workbook, Texts.get(locale, "qualification.compliance.shortfall")),
                  locale);
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  private void writeSummary(SheetWriter sheet, Locale locale) {
    sheet.header(
        Texts.get(locale, "qualification.requirement.subject"),
        Texts.get(locale, "qualification.requirement.accepted"),
        Texts.get(locale, "qualification.compliance.target"),
        Texts.get(locale, "qualification.compliance.subjects"),
        Texts.get(locale, "qualification.compliance.holders"),
        Texts.get(locale, "qualification.compliance.share"),
        Texts.get(locale, "qualification.compliance.standing"));
    for (ComplianceLine line : getSummary()) {
      sheet.row(
          labels.subject(line.requirement(), locale),
          labels.accepted(line.requirement(), locale),
          line.figure().targetPercent(),
          line.figure().subjects(),
          line.figure().holders(),
          line.figure().percent(),
          standing(line.figure().met(), locale));
    }
  }

  private void writeUnits(SheetWriter sheet, Locale locale) {
    sheet.header(
        Texts.get(locale, "field.unit"),
        Texts.get(locale, "qualification.compliance.subjects"),
        Texts.get(locale, "qualification.compliance.holders"),
        Texts.get(locale, "qualification.compliance.share"),
        Texts.get(locale, "qualification.compliance.missing"),
        Texts.get(locale, "qualification.compliance.standing"));
    for (UnitCompliance.Row row : getUnits().rows()) {
      sheet.row(
          row.own()
              ? Texts.get(locale, "qualification.compliance.ownLevel")
              : row.unit().name(locale),
          row.figure().subjects(),
          row.figure().holders(),
          row.figure().percent(),
          row.figure().missing(),
          standing(row.figure().met(), locale));
    }
  }

  private void writeShortfall(SheetWriter sheet, Locale locale) {
    sheet.header(
        Texts.get(locale, "field.policeNumber"),
        Texts.get(locale, "field.name"),
        Texts.get(locale, "field.unit"),
        Texts.get(locale, "qualification.compliance.lastHeld"),
        Texts.get(locale, "qualification.compliance.lastExpired"),
        Texts.get(locale, "qualification.certificate.revokedOn"));
    int page = ComplianceReport.LARGEST_PAGE;
    for (int first = 0; ; first += page) {
      List<ShortfallRow> rows = report.shortfall(requirementId, unitId, day, first, page);
      for (ShortfallRow r : rows) {
        sheet.row(
            r.policeNumber(),
            r.name(),
            "zh".equals(locale.getLanguage()) ? r.unitNameZh() : r.unitNameEn(),
            labels.type(r.lastTypeCode(), locale),
            r.lastExpiresOn(),
            r.lastRevokedOn());
      }
      if (rows.size() < page) {
        break;
      }
    }
  }

  private static String standing(boolean met, Locale locale) {
    return Texts.get(
        locale, met ? "qualification.compliance.met" : "qualification.compliance.notMet");
  }

  public PagedModel<ShortfallRow> getShortfall() {
    return shortfall;
  }

  public Long getRequirementId() {
    return requirementId;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }
}
