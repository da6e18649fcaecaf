package org.constable.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.OfficerRegister;

/** The history tab of the officer record: its dated changes, newest first. */
@Named
@ViewScoped
public class OfficerHistoryTab implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One dated change, as the tab shows it. */
  public record Row(
      String attribute, String from, String to, LocalDate effective, String recordedBy)
      implements Serializable {}

  @Inject private OfficerRegister register;

  private Long loadedFor;
  private List<Row> rows;

  /** Read once per view, at the first render of the tab. */
  public List<Row> rows(Long officerId) {
    if (officerId == null) {
      return List.of();
    }
    if (!officerId.equals(loadedFor)) {
      rows =
          register.history(officerId).stream()
              .map(
                  h ->
                      new Row(
                          h.getAttribute().name(),
                          h.getOldValue(),
                          h.getNewValue(),
                          h.getEffectiveDate(),
                          h.getRecordedBy()))
              .toList();
      loadedFor = officerId;
    }
    return rows;
  }
}
