package org.constable.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.constable.personnel.InvalidInputException;
import org.constable.personnel.OfficerBatch;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.UnitRow;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.web.shell.FacesMessages;
import org.primefaces.PrimeFaces;

/**
 * The officer list's batch actions on the selected rows: transfer to a unit, change the status (the
 * export of a selection is {@link OfficerExportBean#exportSelectedXlsx}). Each opens its dialog,
 * asks for confirmation with the number of officers, and goes through {@link OfficerBatch}: all of
 * them or none. A refusal (an officer outside the scope) is the shell's 403, as anywhere.
 */
@Named
@ViewScoped
public class OfficerBatchBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OfficersBean list;
  @Inject private OfficerBatch batch;
  @Inject private Clock clock;

  private UnitRow unit;
  private OfficerStatus status;
  private LocalDate effective;

  /** Opens a dialog for the selection, or says that nothing is selected. */
  public void open(String dialog) {
    if (list.getSelectedCount() == 0) {
      FacesMessages.error(OfficerBatch.EMPTY);
      return;
    }
    unit = null;
    status = null;
    effective = LocalDate.now(clock);
    PrimeFaces.current().executeScript("PF('" + dialog + "').show()");
  }

  public void transfer() {
    if (unit == null) {
      FacesMessages.error("officers.batch.unitRequired");
      return;
    }
    String code = unit.code();
    run(
        "transferDialog",
        ids -> batch.transfer(ids, code, effective),
        "officers.batch.transferred");
  }

  public void changeStatus() {
    if (status == null) {
      FacesMessages.error("officers.batch.statusRequired");
      return;
    }
    OfficerStatus chosen = status;
    run(
        "statusDialog",
        ids -> batch.changeStatus(ids, chosen, effective),
        "officers.batch.statusChanged");
  }

  private void run(String dialog, ToIntFunction<List<Long>> change, String doneKey) {
    List<Long> ids;
    int changed;
    try {
      ids = list.selectedIds();
      changed = change.applyAsInt(ids);
    } catch (AccessDeniedException | NotFoundException e) {
      throw e;
    } catch (InvalidInputException e) {
      e.getErrors()
          .forEach(error -> FacesMessages.error(error.messageKey(), error.arguments().toArray()));
      return;
    } catch (BusinessException e) {
      FacesMessages.error(e);
      return;
    }
    FacesMessages.info(doneKey, ids.size(), changed);
    list.changed();
    PrimeFaces.current()
        .ajax()
        .update(
            "officers:formMessages", "officers:batchBar", "officers:table", "listCount", "presets");
    PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
  }

  public OfficerStatus[] getStatuses() {
    return OfficerStatus.values();
  }

  public UnitRow getUnit() {
    return unit;
  }

  public void setUnit(UnitRow unit) {
    this.unit = unit;
  }

  public OfficerStatus getStatus() {
    return status;
  }

  public void setStatus(OfficerStatus status) {
    this.status = status;
  }

  public LocalDate getEffective() {
    return effective;
  }

  public void setEffective(LocalDate effective) {
    this.effective = effective;
  }
}
