package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.NotFoundException;
import org.constable.platform.TypedDates;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Officers' résumés (简历): dated rows of unit and position, before and after joining the police. HR
 * keeps them; whoever may read the record reads them, oldest first.
 */
@Stateless
@Guard
public class Resumes {

  static final int LONGEST_TEXT = 100;

  @PersistenceContext private EntityManager em;
  @Inject private OfficerRecords records;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public List<ResumeLine> of(long officerId) {
    Officer officer = records.readable(officerId);
    return em.createQuery(
            "SELECT r FROM ResumeEntry r WHERE r.officer = :officer ORDER BY r.startDate, r.id",
            ResumeEntry.class)
        .setParameter("officer", officer)
        .getResultStream()
        .map(ResumeEntry::line)
        .toList();
  }

  /**
   * @throws InvalidInputException with the fields that are wrong
   */
  @Guard(Permissions.PERSONNEL_WRITE)
  public long add(long officerId, ResumeLine line) {
    Officer officer = records.writable(officerId);
    check(line);
    var entry = new ResumeEntry(officer, line);
    em.persist(entry);
    em.flush();
    audit.record(OfficerRegister.ENTITY, officer.getId(), "RESUME_ADD", Changes.none());
    return entry.line().id();
  }

  @Guard(Permissions.PERSONNEL_WRITE)
  public void remove(long entryId) {
    ResumeEntry entry = em.find(ResumeEntry.class, entryId);
    if (entry == null) {
      throw new NotFoundException("ResumeEntry", entryId);
    }
    Officer officer = records.writable(entry.getOfficer().getId());
    em.remove(entry);
    audit.record(OfficerRegister.ENTITY, officer.getId(), "RESUME_REMOVE", Changes.none());
  }

  private void check(ResumeLine line) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    LocalDate start = line.startDate();
    if (start == null) {
      errors.add(FieldError.of("resumeStart", OfficerInputParser.REQUIRED));
    } else if (start.isAfter(today) || !TypedDates.isPlausible(start)) {
      errors.add(FieldError.of("resumeStart", OfficerInputParser.FUTURE_DATE, start));
    }
    if (line.endDate() != null && start != null && line.endDate().isBefore(start)) {
      errors.add(FieldError.of("resumeEnd", "personnel.resume.endBeforeStart"));
    }
    text(errors, "resumeUnit", line.unitName(), true);
    text(errors, "resumePosition", line.position(), false);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static void text(List<FieldError> errors, String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(FieldError.of(field, OfficerInputParser.REQUIRED));
      }
    } else if (value.strip().length() > LONGEST_TEXT) {
      errors.add(FieldError.of(field, OfficerInputParser.TOO_LONG, LONGEST_TEXT));
    }
  }
}
