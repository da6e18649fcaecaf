package org.constable.education;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.Education;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerHistoryEntry;
import org.constable.platform.NativeSql;

/** An officer's grade and highest education on a past day, for the reimbursement rule. */
@Dependent
class OfficerOnDay {

  @PersistenceContext private EntityManager em;

  String grade(Officer officer, LocalDate day) {
    return ValueOnDay.of(
        officer.getGradeCode(), changes(officer, OfficerHistoryEntry.Attribute.GRADE), day);
  }

  /** Completed before the day, by the records; without any, the register's history. */
  Education education(Officer officer, LocalDate day) {
    List<HighestEducation.Completed> records =
        em.createQuery(
                "SELECT r FROM EducationRecord r WHERE r.officer = :o", EducationRecord.class)
            .setParameter("o", officer)
            .getResultStream()
            .map(EducationRecord::completed)
            .toList();
    if (!records.isEmpty()) {
      return HighestEducation.on(records, day.minusDays(1)).orElse(Education.BELOW_HIGH_SCHOOL);
    }
    String level =
        ValueOnDay.of(
            officer.getEducation().name(),
            changes(officer, OfficerHistoryEntry.Attribute.EDUCATION),
            day);
    return Education.valueOf(level);
  }

  private List<ValueOnDay.Change> changes(Officer officer, OfficerHistoryEntry.Attribute a) {
    return new NativeSql()
            .sql(
                "SELECT effective_date, old_value, new_value FROM officer_history WHERE officer_id = ")
            .value(officer.getId())
            .sql(" AND attribute = ")
            .value(a.name())
            .rows(em)
            .stream()
            .map(r -> new ValueOnDay.Change(NativeSql.date(r[0]), (String) r[1], (String) r[2]))
            .toList();
  }
}
