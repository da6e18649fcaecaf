package org.constable.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.training.QuotaFilter;
import org.constable.training.QuotaOfficerRow;
import org.constable.training.QuotaReport;
import org.constable.training.QuotaUnitRow;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * 每年15个工作日: the units of the scope against the quota, drilled down by clicking a unit, and its
 * officers, all or those short now or by the year's end; exported as .xlsx.
 */
@Named
@ViewScoped
public class QuotaBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int EXPORT_PAGE = 1000;

  @Inject private QuotaReport report;
  @Inject private Clock clock;

  private int year;
  private String unitCode;
  private QuotaFilter.Shortfall shortfall = QuotaFilter.Shortfall.SHORT_BY_YEAR_END;
  private List<QuotaUnitRow> units;

  private final PagedModel<QuotaOfficerRow> officers =
      new PagedModel<>(
          this::countOfficers,
          (first, size, sortBy) -> report.officers(filter(), first, size),
          QuotaOfficerRow::officerId);

  @PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
  }

  private QuotaFilter filter() {
    return new QuotaFilter(year, unitCode, shortfall);
  }

  /**
   * The unit table's first row already counts the list's officers: at 100,000 officers a second
   * pass over every officer for the count cost two seconds.
   */
  private long countOfficers() {
    return getUnits().get(0).officers(shortfall);
  }

  public List<QuotaUnitRow> getUnits() {
    if (units == null) {
      units = report.units(year, unitCode);
    }
    return units;
  }

  public void refresh() {
    units = null;
  }

  public void drillInto(QuotaUnitRow row) {
    unitCode = row.unitCode();
    units = null;
  }

  public void backToScope() {
    unitCode = null;
    units = null;
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return IntStream.rangeClosed(now - 4, now).boxed().sorted((a, b) -> b - a).toList();
  }

  public QuotaFilter.Shortfall[] getShortfalls() {
    return QuotaFilter.Shortfall.values();
  }

  public int getQuotaDays() {
    return report.rule().quotaDays();
  }

  public void export() {
    var locale = Texts.viewLocale();
    QuotaFilter filter = filter();
    Downloads.send(
        Texts.get(locale, "training.quota.fileName", year) + ".xlsx",
        "training-quota-" + year + ".xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "training.quota.title"));
            sheet.header(
                Texts.get(locale, "field.policeNumber"),
                Texts.get(locale, "field.name"),
                Texts.get(locale, "field.unit"),
                Texts.get(locale, "training.quota.owed"),
                Texts.get(locale, "training.quota.credited"),
                Texts.get(locale, "training.quota.missing"),
                Texts.get(locale, "training.quota.forecast"));
            for (int first = 0; ; first += EXPORT_PAGE) {
              List<QuotaOfficerRow> page = report.officers(filter, first, EXPORT_PAGE);
              for (QuotaOfficerRow r : page) {
                sheet.row(
                    r.policeNumber(),
                    r.name(),
                    r.unit(locale),
                    new java.math.BigDecimal(r.owedDays()),
                    new java.math.BigDecimal(r.creditedDays()),
                    new java.math.BigDecimal(r.missingDays()),
                    new java.math.BigDecimal(r.forecastDays()));
              }
              if (page.size() < EXPORT_PAGE) {
                break;
              }
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public PagedModel<QuotaOfficerRow> getOfficers() {
    return officers;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public QuotaFilter.Shortfall getShortfall() {
    return shortfall;
  }

  public void setShortfall(QuotaFilter.Shortfall shortfall) {
    this.shortfall = shortfall;
  }
}
