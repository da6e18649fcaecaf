package org.constable.web.reporting;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.reporting.Bucket;
import org.constable.reporting.Figures;
import org.constable.reporting.RecruitYear;
import org.constable.reporting.StationRow;
import org.constable.reporting.UnitFigures;
import org.constable.reporting.WorkforceReport;
import org.constable.web.shell.SheetWriter;

/** Every block of the dashboard as a sheet of one .xlsx workbook. */
final class WorkforceWorkbook {

  private final WorkforceReport report;
  private final WorkforceLabels labels;

  WorkforceWorkbook(WorkforceReport report, WorkforceLabels labels) {
    this.report = report;
    this.labels = labels;
  }

  void writeTo(OutputStream out) throws IOException {
    try (var workbook = new XSSFWorkbook()) {
      summary(new SheetWriter(workbook, t("workforce.title")));
      buckets(
          new SheetWriter(workbook, t("workforce.age")),
          "workforce.age",
          report.age().bands(),
          labels::band);
      buckets(
          new SheetWriter(workbook, t("workforce.education")),
          "workforce.educationLevel",
          report.education().levels(),
          labels::education);
      buckets(
          new SheetWriter(workbook, t("workforce.ranks")),
          "workforce.rank",
          report.ranks(),
          labels::rank);
      buckets(
          new SheetWriter(workbook, t("workforce.grades")),
          "workforce.grade",
          report.grades(),
          labels::grade);
      recruits(new SheetWriter(workbook, t("workforce.recruits")));
      stations(new SheetWriter(workbook, t("workforce.stations")));
      drillDown(new SheetWriter(workbook, t("workforce.drillDown")));
      workbook.write(out);
    }
  }

  private void summary(SheetWriter sheet) {
    Figures f = report.figures();
    sheet
        .header(t("workforce.figure"), t("workforce.value"), t("workforce.percent"))
        .row(t("workforce.unit"), labels.unit(report.unit()))
        .row(t("workforce.asOf"), report.asOf().toString())
        .row(t("workforce.officers"), f.officers())
        .row(t("workforce.averageAge"), f.averageAge())
        .row(t("workforce.band.UP_TO_30"), f.upTo30().count(), f.upTo30().percent())
        .row(t("workforce.band.FROM_51"), f.from51().count(), f.from51().percent())
        .row(
            t("workforce.highSchoolOrBelow"),
            f.highSchoolOrBelow().count(),
            f.highSchoolOrBelow().percent())
        .row(t("workforce.frontLine"), f.frontLine().count(), f.frontLine().percent())
        .row(t("workforce.target"), null, report.frontLine().targetPercent())
        .row(t("workforce.recentRecruits"), f.recentRecruits())
        .row(t("workforce.stationsBelowMinimum"), report.stations().belowMinimum().size());
  }

  private void buckets(
      SheetWriter sheet,
      String titleKey,
      java.util.List<Bucket> buckets,
      java.util.function.Function<Bucket, String> label) {
    sheet.header(t(titleKey), t("workforce.count"), t("workforce.percent"));
    buckets.forEach(b -> sheet.row(label.apply(b), b.count(), b.percent()));
  }

  private void recruits(SheetWriter sheet) {
    sheet.header(t("workforce.year"), t("workforce.recruitCount"));
    for (RecruitYear year : report.recruits().years()) {
      sheet.row(year.year(), year.recruits());
    }
    sheet.row(t("workforce.total"), report.recruits().total());
  }

  private void stations(SheetWriter sheet) {
    sheet.header(
        t("workforce.station"),
        t("workforce.kind"),
        t("workforce.officers"),
        t("workforce.minimum"),
        t("workforce.belowMinimum"));
    for (StationRow row : report.stations().stations()) {
      sheet.row(
          labels.unit(row.station()),
          labels.kind(row.station()),
          row.officers(),
          row.minimum(),
          row.belowMinimum() ? t("action.yes") : t("action.no"));
    }
  }

  private void drillDown(SheetWriter sheet) {
    sheet.header(
        t("workforce.unit"),
        t("workforce.officers"),
        t("workforce.averageAge"),
        t("workforce.band.UP_TO_30"),
        t("workforce.band.FROM_51"),
        t("workforce.highSchoolOrBelow") + " %",
        t("workforce.frontLine") + " %",
        t("workforce.recentRecruits"),
        t("workforce.stationsBelowMinimum"));
    for (UnitFigures row : report.drillDown()) {
      Figures f = row.figures();
      sheet.row(
          row.ownStaff()
              ? t("workforce.ownStaff", labels.unit(row.unit()))
              : labels.unit(row.unit()),
          f.officers(),
          f.averageAge(),
          f.upTo30().count(),
          f.from51().count(),
          f.highSchoolOrBelow().percent(),
          f.frontLine().percent(),
          f.recentRecruits(),
          row.stationsBelowMinimum());
    }
  }

  private String t(String key, Object... arguments) {
    return labels.text(key, arguments);
  }
}
