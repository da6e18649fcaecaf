package org.constable.qualification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.Officer;
import org.constable.platform.NativeSql;
import org.constable.platform.NotFoundException;
import org.constable.security.Guard;

/**
 * 不得从事执法活动 (attachment 2): a police officer or auxiliary with no valid law-enforcement
 * qualification on a day may not do enforcement. For other capabilities (duty rosters, case
 * assignment) and, through REST, for other police systems.
 */
@Stateless
@Guard
public class EnforcementGate {

  @PersistenceContext private EntityManager em;
  @Inject private QualificationAccess access;
  @Inject private RequirementStore requirements;

  /** Police officers and auxiliaries on the force's strength are bound by the gate. */
  static String boundSql() {
    return "o.category IN "
        + QualificationMarks.enforcingCategories()
        + " AND o.status IN "
        + QualificationMarks.activeStatuses();
  }

  /** For the officer itself, or HR who may read its record. */
  public EnforcementStanding mayEnforce(long officerId, LocalDate day) {
    Officer officer = access.readableOfficer(officerId);
    return standing(officer, day);
  }

  /** The same, for an officer named by its police number (REST). */
  public EnforcementStanding mayEnforce(String policeNumber, LocalDate day) {
    Officer officer =
        em.createQuery("SELECT o FROM Officer o WHERE o.policeNumber = :n", Officer.class)
            .setParameter("n", policeNumber == null ? "" : policeNumber.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Officer", policeNumber));
    return mayEnforce(officer.getId(), day);
  }

  /**
   * The requirements of everyone in its post that the officer does not meet on the day (those with
   * a 100% target: a share requirement binds the unit, not the officer).
   */
  public List<RequirementView> requirementsLacking(long officerId, LocalDate day) {
    access.readableOfficer(officerId);
    return requirements.activeEntities().stream()
        .filter(r -> r.getTargetPercent() == 100)
        .filter(
            r ->
                new NativeSql()
                        .sql("SELECT COUNT(*) FROM officer o WHERE o.id = ")
                        .value(officerId)
                        .sql(" AND " + QualificationSql.subject(r))
                        .sql(" AND NOT " + QualificationSql.holds(r, day))
                        .count(em)
                    > 0)
        .map(RequirementView::of)
        .toList();
  }

  private EnforcementStanding standing(Officer officer, LocalDate day) {
    var qualification =
        em.createQuery(
                "SELECT c FROM OfficerCertificate c JOIN c.type t WHERE c.officer = :o"
                    + " AND t.enforcement = :yes AND c.issuedOn <= :day"
                    + " AND (c.expiresOn IS NULL OR c.expiresOn >= :day)"
                    + " AND (c.revokedOn IS NULL OR c.revokedOn > :day)"
                    + " ORDER BY t.level DESC, c.expiresOn DESC",
                OfficerCertificate.class)
            .setParameter("o", officer)
            .setParameter("yes", true)
            .setParameter("day", day)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    boolean bound =
        officer.getCategory() != org.constable.personnel.PersonnelCategory.CIVILIAN
            && officer.getStatus().isActive();
    return new EnforcementStanding(
        officer.getId(),
        officer.getPoliceNumber(),
        day,
        bound && qualification.isPresent(),
        qualification.map(c -> c.getType().getCode()).orElse(null),
        qualification.map(OfficerCertificate::getNumber).orElse(null),
        qualification.map(OfficerCertificate::getExpiresOn).orElse(null));
  }
}
