package org.constable.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.training.BudgetRow;
import org.constable.training.TrainingBudgets;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;
import org.primefaces.PrimeFaces;

/** 教育训练经费: the units' budgets and training spend of a year against the floor; entry and export. */
@Named
@ViewScoped
public class BudgetBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainingBudgets budgets;
  @Inject private Clock clock;

  private int year;
  private List<BudgetRow> rows;
  private UnitRow unit;
  private BigDecimal operatingBudget;
  private BigDecimal trainingSpend;
  private Long editingVersion;
  private String editingUnitLabel;
  private String editingUnitCode;

  @PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
  }

  public List<BudgetRow> getRows() {
    if (rows == null) {
      rows = budgets.report(year);
    }
    return rows;
  }

  public void yearChanged() {
    rows = null;
  }

  public void startNew() {
    unit = null;
    editingUnitLabel = null;
    operatingBudget = null;
    trainingSpend = null;
    editingVersion = null;
  }

  public void edit(BudgetRow row) {
    unit = null;
    editingUnitLabel = row.unit(Texts.viewLocale());
    editingUnitCode = row.unitCode();
    operatingBudget = row.operatingBudget();
    trainingSpend = row.trainingSpend();
    editingVersion = row.version();
  }

  public void save() {
    try {
      String code = editingVersion != null ? editingUnitCode : unit == null ? null : unit.code();
      if (code == null) {
        throw new BusinessException("training.budget.unitRequired");
      }
      budgets.save(code, year, operatingBudget, trainingSpend, editingVersion);
      FacesMessages.info("training.budget.saved");
      rows = null;
      PrimeFaces.current().executeScript("PF('budgetDialog').hide()");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  /** The list's total budget. */
  public BigDecimal getTotalBudget() {
    return getRows().stream()
        .map(BudgetRow::operatingBudget)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The list's total spend. */
  public BigDecimal getTotalSpend() {
    return getRows().stream()
        .map(BudgetRow::trainingSpend)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public long getBelowFloor() {
    return getRows().stream().filter(r -> !r.meetsFloor()).count();
  }

  public void export() {
    var locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "training.budget.fileName", year) + ".xlsx",
        "training-budget-" + year + ".xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "training.budget.title"));
            sheet.header(
                Texts.get(locale, "field.unit"),
                Texts.get(locale, "training.budget.operating"),
                Texts.get(locale, "training.budget.spend"),
                Texts.get(locale, "training.budget.share"),
                Texts.get(locale, "training.budget.floorAmount"),
                Texts.get(locale, "training.budget.standing"));
            for (BudgetRow r : getRows()) {
              sheet.row(
                  r.unit(locale),
                  r.operatingBudget(),
                  r.trainingSpend(),
                  r.sharePercent(),
                  r.floorAmount(),
                  Texts.get(
                      locale, r.meetsFloor() ? "training.budget.meets" : "training.budget.below"));
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public int getFloorPercent() {
    return budgets.floorPercent();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return IntStream.rangeClosed(now - 4, now + 1).boxed().sorted((a, b) -> b - a).toList();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public UnitRow getUnit() {
    return unit;
  }

  public void setUnit(UnitRow unit) {
    this.unit = unit;
  }

  public BigDecimal getOperatingBudget() {
    return operatingBudget;
  }

  public void setOperatingBudget(BigDecimal operatingBudget) {
    this.operatingBudget = operatingBudget;
  }

  public BigDecimal getTrainingSpend() {
    return trainingSpend;
  }

  public void setTrainingSpend(BigDecimal trainingSpend) {
    this.trainingSpend = trainingSpend;
  }

  public boolean isEditing() {
    return editingVersion != null;
  }

  public String getEditingUnitLabel() {
    return editingUnitLabel;
  }
}
