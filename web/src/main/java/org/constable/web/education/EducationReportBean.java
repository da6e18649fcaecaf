package org.constable.web.education;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.education.ClaimTotal;
import org.constable.education.ClaimTotals;
import org.constable.education.DeadlineRule;
import org.constable.education.Deadlines;
import org.constable.personnel.Education;
import org.constable.reporting.Bucket;
import org.constable.reporting.WorkforceStatistics;
import org.constable.web.reporting.ChartJson;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * The education report: the force's education structure at the end of each of the last years,
 * claims and amounts per year and unit, and how many officers the associate deadline puts at risk;
 * charts and a workbook.
 */
@Named
@ViewScoped
public class EducationReportBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int YEARS = 5;
  private static final List<String> COLORS =
      List.of("#64748b", "#f59e0b", "#10b981", "#3b82f6", "#1d3c78", "#8b5cf6");

  @Inject private WorkforceStatistics workforce;
  @Inject private ClaimTotals totals;
  @Inject private Deadlines deadlines;
  @Inject private Clock clock;

  /** The structure on one day: officers per level, lowest first. */
  public record StructureRow(LocalDate asOf, List<Long> counts) implements Serializable {}

  private List<StructureRow> structure;
  private List<ClaimTotal> claimTotals;
  private Long atRisk;

  public List<StructureRow> getStructure() {
    if (structure == null) {
      LocalDate today = LocalDate.now(clock);
      structure = new ArrayList<>();
      for (int y = today.getYear() - YEARS + 1; y <= today.getYear(); y++) {
        LocalDate day = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
        Map<String, Long> byLevel =
            workforce.educationStructure(day, null).levels().stream()
                .collect(Collectors.toMap(Bucket::code, Bucket::count));
        structure.add(
            new StructureRow(
                day,
                Arrays.stream(Education.values())
                    .map(e -> byLevel.getOrDefault(e.name(), 0L))
                    .toList()));
      }
    }
    return structure;
  }

  public List<Education> getLevels() {
    return List.of(Education.values());
  }

  public String getStructureChart() {
    Locale locale = Texts.viewLocale();
    List<String> days = getStructure().stream().map(r -> r.asOf().toString()).toList();
    Education[] levels = Education.values();
    ChartJson.Series[] series = new ChartJson.Series[levels.length];
    for (int i = 0; i < levels.length; i++) {
      int level = i;
      series[i] =
          new ChartJson.Series(
              Texts.get(locale, "education." + levels[i].name()),
              getStructure().stream().map(r -> r.counts().get(level)).toList(),
              COLORS.get(i % COLORS.size()),
              false);
    }
    return ChartJson.bar(days, series);
  }

  public List<ClaimTotal> getClaimTotals() {
    if (claimTotals == null) {
      claimTotals = totals.perYearAndUnit();
    }
    return claimTotals;
  }

  public String getClaimsChart() {
    Locale locale = Texts.viewLocale();
    List<Integer> years =
        getClaimTotals().stream().map(ClaimTotal::year).distinct().sorted().toList();
    List<BigDecimal> approved =
        years.stream().map(y -> sum(y, ClaimTotal::approvedAmount)).toList();
    List<BigDecimal> paid = years.stream().map(y -> sum(y, ClaimTotal::paidAmount)).toList();
    return ChartJson.bar(
        years.stream().map(String::valueOf).toList(),
        new ChartJson.Series(
            Texts.get(locale, "education.field.approvedAmount"), approved, ChartJson.BRAND, false),
        new ChartJson.Series(
            Texts.get(locale, "education.field.paidAmount"), paid, "#10b981", false));
  }

  private BigDecimal sum(int year, java.util.function.Function<ClaimTotal, BigDecimal> amount) {
    return getClaimTotals().stream()
        .filter(t -> t.year() == year)
        .map(amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public long getAtRisk() {
    if (atRisk == null) {
      atRisk =
          deadlines.list().stream()
              .filter(
                  d ->
                      d.risk() == DeadlineRule.Risk.AT_RISK
                          || d.risk() == DeadlineRule.Risk.OVERDUE)
              .count();
    }
    return atRisk;
  }

  public void export() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "education.report.fileName") + ".xlsx",
        "education-report.xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var structureSheet =
                new SheetWriter(workbook, Texts.get(locale, "education.report.structure"));
            List<String> header = new ArrayList<>();
            header.add(Texts.get(locale, "education.report.asOf"));
            for (Education e : Education.values()) {
              header.add(Texts.get(locale, "education." + e.name()));
            }
            structureSheet.header(header);
            for (StructureRow r : getStructure()) {
              List<Object> row = new ArrayList<>();
              row.add(r.asOf());
              row.addAll(r.counts());
              structureSheet.row(row);
            }
            var claimsSheet =
                new SheetWriter(workbook, Texts.get(locale, "education.report.claims"));
            claimsSheet.header(
                Texts.get(locale, "education.report.year"),
                Texts.get(locale, "education.field.unit"),
                Texts.get(locale, "education.report.claimCount"),
                Texts.get(locale, "education.field.ruleAmount"),
                Texts.get(locale, "education.field.approvedAmount"),
                Texts.get(locale, "education.field.paidAmount"));
            for (ClaimTotal t : getClaimTotals()) {
              claimsSheet.row(
                  t.year(),
                  t.unitLabel(),
                  t.claims(),
                  t.ruleAmount(),
                  t.approvedAmount(),
                  t.paidAmount());
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }
}
