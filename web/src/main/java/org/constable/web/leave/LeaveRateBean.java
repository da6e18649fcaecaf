package org.constable.web.leave;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.leave.LeaveRateRow;
import org.constable.leave.LeaveRates;
import org.constable.leave.UntakenRow;
import org.constable.platform.BusinessException;
import org.constable.web.reporting.ChartJson;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * 年休假率: the rate of the caller's unit and of each unit below it against the target, drilled by
 * clicking a unit; who has taken nothing yet (应休未休), with the notice to the unit leaders.
 */
@Named
@ViewScoped
public class LeaveRateBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int EXPORT_PAGE = 500;

  @Inject private LeaveRates rates;
  @Inject private Clock clock;

  private int year;
  private String unitCode;
  private final List<String> trail = new ArrayList<>();
  private List<LeaveRateRow> rows;
  private final PagedModel<UntakenRow> untaken =
      new PagedModel<>(
          () -> rates.countUntaken(year, unitCode),
          (first, size, sort) -> rates.untaken(year, unitCode, first, size),
          UntakenRow::officerId);

  @jakarta.annotation.PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
  }

  public List<LeaveRateRow> getRows() {
    if (rows == null) {
      rows = rates.units(year, unitCode);
    }
    return rows;
  }

  public void drill(LeaveRateRow row) {
    trail.add(unitCode);
    unitCode = row.unitCode();
    rows = null;
  }

  public void up() {
    if (!trail.isEmpty()) {
      unitCode = trail.remove(trail.size() - 1);
      rows = null;
    }
  }

  public void yearChanged() {
    rows = null;
  }

  public void notifyLeaders() {
    try {
      FacesMessages.info("leave.rate.notified", rates.notifyLeaders(year, unitCode));
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public BigDecimal getTarget() {
    return rates.target();
  }

  public String getChart() {
    Locale locale = Texts.viewLocale();
    List<LeaveRateRow> children = getRows().stream().filter(LeaveRateRow::child).toList();
    List<BigDecimal> target = children.stream().map(r -> getTarget()).toList();
    return ChartJson.bar(
        children.stream().map(r -> r.unit(locale)).toList(),
        new ChartJson.Series(
            Texts.get(locale, "leave.field.rate"),
            children.stream()
                .map(r -> r.percent() == null ? BigDecimal.ZERO : r.percent())
                .toList(),
            ChartJson.BRAND,
            false),
        new ChartJson.Series(
            Texts.get(locale, "leave.field.target"), target, ChartJson.ALERT, true));
  }

  public void exportRates() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "leave.rate.fileName", year) + ".xlsx",
        "leave-rate-" + year + ".xlsx",
        Downloads.XLSX,
        year + " " + (unitCode == null ? "" : unitCode),
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "leave.rate.title"));
            sheet.header(
                Texts.get(locale, "leave.field.unit"),
                Texts.get(locale, "leave.field.officers"),
                Texts.get(locale, "leave.field.entitled"),
                Texts.get(locale, "leave.field.taken"),
                Texts.get(locale, "leave.field.rate"),
                Texts.get(locale, "leave.field.fullyTaken"),
                Texts.get(locale, "leave.field.fullShare"),
                Texts.get(locale, "leave.field.meetsTarget"));
            for (LeaveRateRow r : getRows()) {
              sheet.row(
                  r.unit(locale),
                  r.rate().officers(),
                  r.rate().entitledDays(),
                  r.rate().takenDays(),
                  r.percent(),
                  r.rate().fullyTaken(),
                  r.fullShare(),
                  Texts.get(locale, r.meets() ? "leave.yes" : "leave.no"));
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public void exportUntaken() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "leave.untaken.fileName", year) + ".xlsx",
        "leave-untaken-" + year + ".xlsx",
        Downloads.XLSX,
        year + " " + (unitCode == null ? "" : unitCode),
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "leave.untaken.title"));
            sheet.header(
                Texts.get(locale, "leave.field.officer"),
                Texts.get(locale, "leave.field.policeNumber"),
                Texts.get(locale, "leave.field.unit"),
                Texts.get(locale, "leave.field.entitled"),
                Texts.get(locale, "leave.field.carried"),
                Texts.get(locale, "leave.field.pending"));
            long total = rates.countUntaken(year, unitCode);
            for (int first = 0; first < total; first += EXPORT_PAGE) {
              for (UntakenRow r : rates.untaken(year, unitCode, first, EXPORT_PAGE)) {
                sheet.row(
                    r.officerName(),
                    r.policeNumber(),
                    r.unit(locale),
                    r.entitled(),
                    r.carried(),
                    r.pending());
              }
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now, now - 1, now - 2);
  }

  public boolean isDrilled() {
    return !trail.isEmpty();
  }

  public PagedModel<UntakenRow> getUntaken() {
    return untaken;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }
}
