package org.constable.web.education;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.education.ClaimRow;
import org.constable.education.ClaimState;
import org.constable.education.Claims;
import org.constable.personnel.UnitRow;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * HR's claims desk: the claims of its scope by state; approve at the rule's share, reject with a
 * reason, override with a justification, close as paid by a unit's budget; the list as a workbook.
 */
@Named
@ViewScoped
public class ClaimsDeskBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int EXPORT_PAGE = 500;

  @Inject private Claims claims;
  @Inject private EducationTexts texts;
  @Inject private Clock clock;

  private ClaimState state = ClaimState.FILED;
  private final PagedModel<ClaimRow> model =
      new PagedModel<>(
          () -> claims.count(state),
          (first, size, sort) -> claims.desk(state, first, size),
          ClaimRow::id);

  private ClaimRow selected;
  private String reason;
  private BigDecimal percent;
  private BigDecimal amount;
  private LocalDate paidOn;
  private UnitRow payingUnit;

  public void approve(ClaimRow row) {
    FacesMessages.attempt(
        () -> claims.approve(row.id(), row.version()),
        "education.desk.approved",
        row.officerName());
  }

  public void choose(ClaimRow row) {
    selected = row;
    reason = null;
    percent = row.rulePercent();
    amount = row.approvedAmount();
    paidOn = LocalDate.now(clock);
    payingUnit = null;
  }

  public void reject() {
    FacesMessages.attempt(
        () -> claims.reject(selected.id(), reason, selected.version()),
        "education.desk.rejected",
        selected.officerName());
  }

  public void override() {
    FacesMessages.attempt(
        () -> claims.override(selected.id(), percent, reason, selected.version()),
        "education.desk.overridden",
        selected.officerName());
  }

  public void pay() {
    FacesMessages.attempt(
        () ->
            claims.pay(
                selected.id(),
                amount,
                paidOn,
                payingUnit == null ? null : payingUnit.code(),
                selected.version()),
        "education.desk.paid",
        selected.officerName());
  }

  public void export() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "education.desk.fileName") + ".xlsx",
        "tuition-claims.xlsx",
        Downloads.XLSX,
        state == null ? null : state.name(),
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "education.desk.title"));
            sheet.header(
                Texts.get(locale, "education.field.officer"),
                Texts.get(locale, "education.field.policeNumber"),
                Texts.get(locale, "education.field.unit"),
                Texts.get(locale, "education.field.programme"),
                Texts.get(locale, "education.field.outcome"),
                Texts.get(locale, "education.field.startedOn"),
                Texts.get(locale, "education.field.tuition"),
                Texts.get(locale, "education.field.rulePercent"),
                Texts.get(locale, "education.field.ruleAmount"),
                Texts.get(locale, "education.field.reason"),
                Texts.get(locale, "education.field.state"),
                Texts.get(locale, "education.field.approvedAmount"),
                Texts.get(locale, "education.field.justification"),
                Texts.get(locale, "education.field.paidAmount"),
                Texts.get(locale, "education.field.paidOn"),
                Texts.get(locale, "education.field.payingUnit"));
            sheet.typedColumn(5, true).typedColumn(14, true);
            long total = claims.count(state);
            for (int first = 0; first < total; first += EXPORT_PAGE) {
              for (ClaimRow r : claims.desk(state, first, EXPORT_PAGE)) {
                sheet.row(
                    r.officerName(),
                    r.policeNumber(),
                    r.unitLabel(),
                    Texts.get(locale, "programme." + r.programme().name()),
                    r.outcome() == null ? "" : Texts.get(locale, "outcome." + r.outcome().name()),
                    r.startedOn(),
                    r.tuition(),
                    r.rulePercent(),
                    r.ruleAmount(),
                    texts.claimReason(r, locale),
                    Texts.get(locale, "claimState." + r.state().name()),
                    r.approvedAmount(),
                    r.justification() == null ? r.rejectReason() : r.justification(),
                    r.paidAmount(),
                    r.paidOn(),
                    r.payingUnitLabel());
              }
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public ClaimState[] getStates() {
    return ClaimState.values();
  }

  public PagedModel<ClaimRow> getModel() {
    return model;
  }

  public ClaimState getState() {
    return state;
  }

  public void setState(ClaimState state) {
    this.state = state;
  }

  public ClaimRow getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public void setPercent(BigDecimal percent) {
    this.percent = percent;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public void setPaidOn(LocalDate paidOn) {
    this.paidOn = paidOn;
  }

  public UnitRow getPayingUnit() {
    return payingUnit;
  }

  public void setPayingUnit(UnitRow payingUnit) {
    this.payingUnit = payingUnit;
  }
}
