package org.constable.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.constable.personnel.OfficerDetails;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerPhotos;
import org.constable.platform.BusinessException;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ViewParameters;

/**
 * The frame of one officer's record, from the {@code id} view parameter: the heading and the basic
 * data; every capability adds its own tab (shell/RecordTab). An id outside the user's scope is 403,
 * an unknown or malformed one 404 (the shell's exception handler shows the page).
 */
@Named
@ViewScoped
public class OfficerBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OfficerDirectory officers;
  @Inject private CurrentUser currentUser;
  @Inject private OfficerPhotos photos;

  private String id;
  private OfficerDetails details;
  private String wholeIdNumber;
  private List<String> marks = List.of();
  private boolean photo;

  /** The page's view action. */
  public void load() {
    details = officers.find(ViewParameters.id("Officer", id));
    marks = officers.marksOf(details.id());
    photo = photos.has(details.id());
  }

  public boolean isPhoto() {
    return photo;
  }

  /** The capabilities' warnings on this officer today, shown above the tabs. */
  public List<String> getMarks() {
    return marks;
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

  public boolean isEditable() {
    return currentUser.can(Permissions.PERSONNEL_WRITE);
  }

  public OfficerDetails getDetails() {
    return details;
  }

  /** The officer the tabs show; null until the view action has loaded it. */
  public Long getOfficerId() {
    return details == null ? null : details.id();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
