package org.constable.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.InvalidInputException;
import org.constable.personnel.ResumeLine;
import org.constable.personnel.Resumes;
import org.constable.platform.BusinessException;
import org.constable.platform.TypedDates;
import org.constable.web.shell.FacesMessages;

/** The résumé tab (简历) of the officer record: its dated rows, which HR adds and removes. */
@Named
@ViewScoped
public class OfficerResumeTab implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "officer:tabs:";

  @Inject private Resumes resumes;

  private Long loadedFor;
  private List<ResumeLine> rows;
  private String start;
  private String end;
  private String unit;
  private String position;

  public List<ResumeLine> rows(Long officerId) {
    if (officerId == null) {
      return List.of();
    }
    if (!officerId.equals(loadedFor)) {
      rows = resumes.of(officerId);
      loadedFor = officerId;
    }
    return rows;
  }

  public void add(long officerId) {
    LocalDate from = date("resumeStart", start);
    LocalDate until = end == null || end.isBlank() ? null : date("resumeEnd", end);
    if ((start != null && !start.isBlank() && from == null)
        || (end != null && !end.isBlank() && until == null)) {
      return;
    }
    try {
      resumes.add(officerId, new ResumeLine(null, from, until, unit, position));
    } catch (InvalidInputException e) {
      e.getErrors()
          .forEach(
              error ->
                  FacesMessages.errorAt(
                      FORM + error.field(), error.messageKey(), error.arguments().toArray()));
      return;
    }
    start = end = unit = position = null;
    loadedFor = null;
    FacesMessages.info("officer.resume.added");
  }

  public void remove(long officerId, long entryId) {
    try {
      resumes.remove(entryId);
      FacesMessages.info("officer.resume.removed");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
    loadedFor = null;
    rows(officerId);
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate day = TypedDates.parse(text).orElse(null);
    if (day == null) {
      FacesMessages.errorAt(FORM + field, "personnel.field.date", text.strip());
    }
    return day;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }
}
