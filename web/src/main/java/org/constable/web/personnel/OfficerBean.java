package org.constable.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.OfficerDetails;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerRegister;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.constable.web.shell.FacesMessages;

/** One officer's record, from the {@code id} view parameter; other tabs hang off it. */
@Named
@ViewScoped
public class OfficerBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OfficerDirectory officers;
  @Inject private CurrentUser currentUser;
  @Inject private OfficerRegister register;

  private String id;
  private OfficerDetails details;
  private String wholeIdNumber;
  private List<HistoryRow> history;

  /** One dated change, as the history tab shows it. */
  public record HistoryRow(
      String attribute, String from, String to, LocalDate effective, String recordedBy)
      implements Serializable {}

  /** The page's view action: an id outside the user's scope is 403, an unknown one 404. */
  public void load() {
    try {
      details = officers.find(Long.parseLong(id == null ? "" : id.strip()));
    } catch (AccessDeniedException e) {
      HttpErrors.send(HttpErrors.FORBIDDEN);
    } catch (NotFoundException | NumberFormatException e) {
      HttpErrors.send(HttpErrors.NOT_FOUND);
    }
  }

  public void revealIdNumber() {
    try {
      wholeIdNumber = officers.revealIdNumber(details.id());
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public String getIdNumber() {
    return wholeIdNumber != null ? wholeIdNumber : details.maskedIdNumber();
  }

  /** HR sees the button; the service decides whether the number is shown. */
  public boolean isIdNumberRevealable() {
    return wholeIdNumber == null && currentUser.can(Permissions.PERSONNEL_WRITE);
  }

  /** Loaded once per view, at the first render of the tab. */
  public List<HistoryRow> getHistory() {
    if (history == null && details != null) {
      history =
          register.history(details.id()).stream()
              .map(
                  h ->
                      new HistoryRow(
                          h.getAttribute().name(),
                          h.getOldValue(),
                          h.getNewValue(),
                          h.getEffectiveDate(),
                          h.getRecordedBy()))
              .toList();
    }
    return history;
  }

  public boolean isEditable() {
    return currentUser.can(Permissions.PERSONNEL_WRITE);
  }

  public OfficerDetails getDetails() {
    return details;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
