package org.constable.web.reporting;

import java.util.List;
import java.util.function.Function;
import org.constable.reporting.Bucket;
import org.constable.reporting.FrontLineShare;
import org.constable.reporting.RecruitYear;
import org.constable.reporting.StationRow;
import org.constable.reporting.UnitFigures;
import org.constable.reporting.WorkforceReport;
import org.constable.web.reporting.ChartJson.Series;

/** The dashboard's charts, one Chart.js configuration per block. */
public final class WorkforceCharts {

  private final WorkforceReport report;
  private final WorkforceLabels labels;

  WorkforceCharts(WorkforceReport report, WorkforceLabels labels) {
    this.report = report;
    this.labels = labels;
  }

  public String age() {
    return bars(report.age().bands(), labels::band);
  }

  public String education() {
    List<Bucket> levels = report.education().levels();
    return ChartJson.doughnut(
        levels.stream().map(labels::education).toList(),
        levels.stream().map(Bucket::count).toList());
  }

  public String ranks() {
    return bars(report.ranks(), labels::rank);
  }

  public String grades() {
    return bars(report.grades(), labels::grade);
  }

  public String recruits() {
    List<RecruitYear> years = report.recruits().years();
    return ChartJson.bar(
        years.stream().map(year -> String.valueOf(year.year())).toList(),
        new Series(
            labels.text("workforce.recruitCount"),
            years.stream().map(RecruitYear::recruits).toList(),
            ChartJson.BRAND,
            false));
  }

  public String frontLine() {
    FrontLineShare share = report.frontLine();
    long frontLine = share.frontLine().count();
    return ChartJson.doughnut(
        List.of(labels.text("workforce.frontLineOfficers"), labels.text("workforce.otherOfficers")),
        List.of(frontLine, share.officers() - frontLine));
  }

  public String stations() {
    List<StationRow> rows = report.stations().stations();
    return ChartJson.bar(
        rows.stream().map(row -> labels.unit(row.station())).toList(),
        new Series(
            labels.text("workforce.officers"),
            rows.stream().map(StationRow::officers).toList(),
            ChartJson.BRAND,
            false),
        new Series(
            labels.text("workforce.minimum"),
            rows.stream().map(StationRow::minimum).toList(),
            ChartJson.ALERT,
            true));
  }

  public String drillDown() {
    List<UnitFigures> rows = report.drillDown();
    return ChartJson.bar(
        rows.stream().map(row -> labels.unit(row.unit())).toList(),
        new Series(
            labels.text("workforce.officers"),
            rows.stream().map(row -> row.figures().officers()).toList(),
            ChartJson.BRAND,
            false));
  }

  private String bars(List<Bucket> buckets, Function<Bucket, String> label) {
    return ChartJson.bar(
        buckets.stream().map(label).toList(),
        new Series(
            labels.text("workforce.count"),
            buckets.stream().map(Bucket::count).toList(),
            ChartJson.BRAND,
            false));
  }
}
