package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Officer;
import org.constable.platform.BusinessException;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/** 教官: who may teach and examine, and how much each taught in a year. */
@Stateless
@Guard(Permissions.TRAINING_MANAGE)
public class InstructorRegistry {

  static final String ENTITY = "TrainingInstructor";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;

  /** Every instructor, with the sessions and days it taught in the year (its load). */
  public List<InstructorRow> instructors(int year) {
    Map<Long, long[]> load = new HashMap<>();
    em.createQuery(
            "SELECT st.instructor.id, COUNT(s), SUM(s.halfDays) FROM SessionStaff st JOIN st.session s"
                + " WHERE st.role = :teaches AND s.startDate BETWEEN :from AND :to"
                + " GROUP BY st.instructor.id",
            Object[].class)
        .setParameter("teaches", StaffRole.INSTRUCTOR)
        .setParameter("from", Year.of(year).atDay(1))
        .setParameter("to", Year.of(year).atMonth(12).atEndOfMonth())
        .getResultList()
        .forEach(
            r ->
                load.put(
                    ((Number) r[0]).longValue(),
                    new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
    return em.createQuery(
            "SELECT i FROM Instructor i LEFT JOIN FETCH i.officer ORDER BY i.appointedFrom, i.id",
            Instructor.class)
        .getResultStream()
        .map(i -> row(i, load.getOrDefault(i.getId(), new long[2])))
        .toList();
  }

  /** An officer of the caller's scope appointed as instructor. */
  public long appointOfficer(String policeNumber, String speciality, LocalDate from, LocalDate to) {
    Officer officer =
        em.createNamedQuery("Officer.findByPoliceNumber", Officer.class)
            .setParameter("policeNumber", policeNumber == null ? "" : policeNumber.strip())
            .getResultStream()
            .findFirst()
            .filter(o -> currentUser.scope().covers(o.getUnit().getPath()))
            .orElseThrow(
                () -> new BusinessException("training.instructor.noSuchOfficer", policeNumber));
    boolean already =
        !em.createQuery("SELECT i.id FROM Instructor i WHERE i.officer = :o", Long.class)
            .setParameter("o", officer)
            .getResultList()
            .isEmpty();
    if (already) {
      throw new BusinessException("training.instructor.already", officer.getName());
    }
    return appoint(
        new Instructor(officer, null, null, required(speciality), from, checked(from, to)));
  }

  /** A teacher from outside the force (an academy, a court, a hospital). */
  public long appointExternal(
      String name, String organisation, String speciality, LocalDate from, LocalDate to) {
    return appoint(
        new Instructor(
            null, required(name), organisation, required(speciality), from, checked(from, to)));
  }

  private long appoint(Instructor instructor) {
    em.persist(instructor);
    em.flush();
    var map = new java.util.LinkedHashMap<String, Object>();
    map.put("name", instructor.displayName());
    map.put("speciality", instructor.getSpeciality());
    map.put("from", instructor.getAppointedFrom());
    map.put("to", instructor.getAppointedTo());
    audit.record(ENTITY, instructor.getId(), "APPOINT", Changes.created(map));
    return instructor.getId();
  }

  private static String required(String text) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("training.instructor.required");
    }
    return text.strip();
  }

  private static LocalDate checked(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new BusinessException("training.instructor.required");
    }
    if (to != null && to.isBefore(from)) {
      throw new BusinessException("training.instructor.period");
    }
    return to;
  }

  private static InstructorRow row(Instructor i, long[] load) {
    Officer o = i.getOfficer();
    return new InstructorRow(
        i.getId(),
        i.displayName(),
        o == null ? null : o.getPoliceNumber(),
        o == null ? i.getOrganisation() : null,
        i.getSpeciality(),
        i.getAppointedFrom(),
        i.getAppointedTo(),
        load[0],
        load[1]);
  }
}
