package org.constable.web.leave;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.leave.LeaveInput;
import org.constable.leave.LeaveRow;
import org.constable.leave.LeaveType;
import org.constable.leave.Leaves;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/** 休假登记: HR records any kind of leave for an officer of its scope, lists and cancels it. */
@Named
@ViewScoped
public class LeaveDeskBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int EXPORT_PAGE = 500;

  @Inject private Leaves leaves;
  @Inject private Clock clock;

  private int year;
  private LeaveType filterType;
  private final PagedModel<LeaveRow> model =
      new PagedModel<>(
          () -> leaves.count(year, filterType),
          (first, size, sort) -> leaves.search(year, filterType, first, size),
          LeaveRow::id);

  private String policeNumber;
  private LeaveType type;
  private LocalDate from;
  private LocalDate to;
  private boolean payDeducted;
  private String reason;

  @jakarta.annotation.PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
  }

  public void record() {
    if (FacesMessages.attempt(
        () -> leaves.record(policeNumber, new LeaveInput(type, from, to, payDeducted, reason)),
        "leave.desk.recorded")) {
      policeNumber = null;
      type = null;
      from = null;
      to = null;
      payDeducted = false;
      reason = null;
    }
  }

  public void cancel(LeaveRow row) {
    FacesMessages.attempt(
        () -> leaves.cancel(row.id(), row.version()), "leave.desk.cancelled", row.officerName());
  }

  public void export() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "leave.desk.fileName", year) + ".xlsx",
        "leave-" + year + ".xlsx",
        Downloads.XLSX,
        filterType == null ? String.valueOf(year) : year + " " + filterType.name(),
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "leave.desk.title"));
            sheet.header(
                Texts.get(locale, "leave.field.officer"),
                Texts.get(locale, "leave.field.policeNumber"),
                Texts.get(locale, "leave.field.unit"),
                Texts.get(locale, "leave.field.type"),
                Texts.get(locale, "leave.field.from"),
                Texts.get(locale, "leave.field.to"),
                Texts.get(locale, "leave.field.days"),
                Texts.get(locale, "leave.field.payDeducted"),
                Texts.get(locale, "leave.field.reason"),
                Texts.get(locale, "leave.field.state"),
                Texts.get(locale, "leave.field.decidedBy"));
            sheet.typedColumn(4, true).typedColumn(5, true);
            long total = leaves.count(year, filterType);
            for (int first = 0; first < total; first += EXPORT_PAGE) {
              for (LeaveRow r : leaves.search(year, filterType, first, EXPORT_PAGE)) {
                sheet.row(
                    r.officerName(),
                    r.policeNumber(),
                    r.unit(locale),
                    Texts.get(locale, "leaveType." + r.type().name()),
                    r.from(),
                    r.to(),
                    r.days(),
                    Texts.get(locale, r.payDeducted() ? "leave.yes" : "leave.no"),
                    r.reason(),
                    Texts.get(locale, "leaveState." + r.state().name()),
                    r.decidedByName());
              }
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public List<LeaveType> getTypes() {
    return LeaveType.all();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now + 1, now, now - 1, now - 2);
  }

  public PagedModel<LeaveRow> getModel() {
    return model;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LeaveType getFilterType() {
    return filterType;
  }

  public void setFilterType(LeaveType filterType) {
    this.filterType = filterType;
  }

  public String getPoliceNumber() {
    return policeNumber;
  }

  public void setPoliceNumber(String policeNumber) {
    this.policeNumber = policeNumber;
  }

  public LeaveType getType() {
    return type;
  }

  public void setType(LeaveType type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public boolean isPayDeducted() {
    return payDeducted;
  }

  public void setPayDeducted(boolean payDeducted) {
    this.payDeducted = payDeducted;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
