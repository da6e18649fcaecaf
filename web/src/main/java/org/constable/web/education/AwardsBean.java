package org.constable.web.education;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.education.AwardRow;
import org.constable.education.Awards;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/** The judicial exam awards of HR's scope: raised from certificates or by hand, approved, paid. */
@Named
@ViewScoped
public class AwardsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int EXPORT_PAGE = 500;

  @Inject private Awards awards;
  @Inject private Clock clock;

  private final PagedModel<AwardRow> model =
      new PagedModel<>(
          () -> awards.count(), (first, size, sort) -> awards.list(first, size), AwardRow::id);

  private String policeNumber;
  private LocalDate passedOn;
  private AwardRow selected;
  private LocalDate paidOn;
  private UnitRow payingUnit;

  public void raiseFromCertificates() {
    int raised = awards.raiseFromCertificates();
    FacesMessages.info("education.awards.raisedFromCertificates", raised);
  }

  public void raise() {
    try {
      awards.raiseFor(policeNumber, passedOn);
      FacesMessages.info("education.awards.raised", policeNumber);
      policeNumber = null;
      passedOn = null;
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void approve(AwardRow row) {
    FacesMessages.attempt(
        () -> awards.approve(row.id(), row.version()),
        "education.awards.approved",
        row.officerName());
  }

  public void choose(AwardRow row) {
    selected = row;
    paidOn = LocalDate.now(clock);
    payingUnit = null;
  }

  public void pay() {
    FacesMessages.attempt(
        () ->
            awards.pay(
                selected.id(),
                paidOn,
                payingUnit == null ? null : payingUnit.code(),
                selected.version()),
        "education.awards.paid",
        selected.officerName());
  }

  public void export() {
    Locale locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "education.awards.fileName") + ".xlsx",
        "judicial-exam-awards.xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "education.awards.title"));
            sheet.header(
                Texts.get(locale, "education.field.officer"),
                Texts.get(locale, "education.field.policeNumber"),
                Texts.get(locale, "education.field.unit"),
                Texts.get(locale, "education.field.passedOn"),
                Texts.get(locale, "education.field.awardAmount"),
                Texts.get(locale, "education.field.state"),
                Texts.get(locale, "education.field.paidOn"),
                Texts.get(locale, "education.field.payingUnit"));
            long total = awards.count();
            for (int first = 0; first < total; first += EXPORT_PAGE) {
              for (AwardRow r : awards.list(first, EXPORT_PAGE)) {
                sheet.row(
                    r.officerName(),
                    r.policeNumber(),
                    r.unitLabel(),
                    r.passedOn(),
                    r.amount(),
                    Texts.get(locale, "awardState." + r.state().name()),
                    r.paidOn(),
                    r.payingUnitLabel());
              }
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public PagedModel<AwardRow> getModel() {
    return model;
  }

  public String getPoliceNumber() {
    return policeNumber;
  }

  public void setPoliceNumber(String policeNumber) {
    this.policeNumber = policeNumber;
  }

  public LocalDate getPassedOn() {
    return passedOn;
  }

  public void setPassedOn(LocalDate passedOn) {
    this.passedOn = passedOn;
  }

  public AwardRow getSelected() {
    return selected;
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
