package org.constable.education;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.notification.Notifications;
import org.constable.personnel.Officer;
import org.constable.personnel.OrgUnit;
import org.constable.platform.BusinessException;
import org.constable.platform.NativeSql;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * The judicial exam award (item 9): raised once per officer, from its legal professional
 * qualification certificate or recorded here, at the configured amount; HR approves and pays it.
 */
@Stateless
@Guard(Permissions.EDUCATION_MANAGE)
public class Awards {

  static final String ENTITY = "JudicialAward";

  /** The certificate type of the legal professional qualification (法律职业资格). */
  static final String LEGAL_PRO = "LEGAL_PRO";

  static final String LINK_DESK = "/education/awards.xhtml";

  @PersistenceContext private EntityManager em;
  @Inject private EducationAccess access;
  @Inject private AwardWriter writer;
  @Inject private AuditTrail audit;
  @Inject private Notifications notifications;
  @Inject private Clock clock;

  /** A pass recorded here, without a certificate; a second award for the officer is refused. */
  public long raise(long officerId, LocalDate passedOn) {
    Officer officer = access.managed(officerId);
    if (passedOn == null || passedOn.isAfter(LocalDate.now(clock))) {
      throw new BusinessException("education.award.badPassDay");
    }
    return create(officer, null, passedOn);
  }

  /** The same, for an officer named by its police number (the officer picker's value). */
  public long raiseFor(String policeNumber, LocalDate passedOn) {
    long officerId =
        em.createQuery("SELECT o.id FROM Officer o WHERE o.policeNumber = :n", Long.class)
            .setParameter("n", policeNumber == null ? "" : policeNumber.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("education.awards.officerRequired"));
    return raise(officerId, passedOn);
  }

  /**
   * An award for every officer of the scope holding the certificate and none yet; how many. A
   * certificate recorded now raises its award by itself ({@link AwardOnCertificate}): this catches
   * those recorded before the education capability came.
   */
  public int raiseFromCertificates() {
    List<Object[]> rows =
        new NativeSql()
            .sql("SELECT c.officer_id, MIN(c.id), MIN(c.issued_on) FROM officer_certificate c")
            .sql(" JOIN officer o ON o.id = c.officer_id JOIN org_unit u ON u.id = o.unit_id")
            .sql(" WHERE c.type_code = ")
            .value(LEGAL_PRO)
            .sql(" AND u.path LIKE ")
            .value(access.scopePattern())
            .sql(
                " AND NOT EXISTS (SELECT 1 FROM education_award a WHERE a.officer_id = c.officer_id)")
            .sql(" GROUP BY c.officer_id")
            .rows(em);
    for (Object[] row : rows) {
      create(
          em.find(Officer.class, NativeSql.number(row[0])),
          NativeSql.number(row[1]),
          NativeSql.date(row[2]));
    }
    return rows.size();
  }

  public void approve(long awardId, long versionSeen) {
    JudicialAward award = current(awardId, versionSeen);
    var before = award.snapshot();
    award.approve(LocalDateTime.now(clock), access.policeNumber());
    finish(award, "APPROVE", before);
  }

  public void pay(long awardId, LocalDate paidOn, String unitCode, long versionSeen) {
    JudicialAward award = current(awardId, versionSeen);
    OrgUnit unit =
        em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :c", OrgUnit.class)
            .setParameter("c", unitCode == null ? "" : unitCode.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("education.claim.payingUnitRequired"));
    access.requireCovers(unit.getPath());
    LocalDate day = paidOn == null ? LocalDate.now(clock) : paidOn;
    if (day.isAfter(LocalDate.now(clock))) {
      throw new BusinessException("education.claim.paidInFuture");
    }
    var before = award.snapshot();
    award.pay(day, unit);
    finish(award, "PAY", before);
  }

  public List<AwardRow> list(int first, int pageSize) {
    return em.createQuery(
            "SELECT a FROM JudicialAward a WHERE a.officer.unit.path LIKE :p ORDER BY a.raisedAt DESC, a.id",
            JudicialAward.class)
        .setParameter("p", access.scopePattern())
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultStream()
        .map(JudicialAward::row)
        .toList();
  }

  public long count() {
    return em.createQuery(
            "SELECT COUNT(a) FROM JudicialAward a WHERE a.officer.unit.path LIKE :p", Long.class)
        .setParameter("p", access.scopePattern())
        .getSingleResult();
  }

  private long create(Officer officer, Long certificateId, LocalDate passedOn) {
    return writer.create(officer, certificateId, passedOn).getId();
  }

  private JudicialAward current(long awardId, long versionSeen) {
    JudicialAward award = em.find(JudicialAward.class, awardId);
    if (award == null) {
      throw new NotFoundException(ENTITY, awardId);
    }
    access.managed(award.getOfficer().getId());
    Versioned.requireCurrent(award.getVersion(), versionSeen);
    return award;
  }

  private void finish(JudicialAward award, String action, java.util.Map<String, Object> before) {
    Versioned.flush(em);
    audit.record(ENTITY, award.getId(), action, Changes.between(before, award.snapshot()));
    notifications.tellOfficer(
        award.getOfficer().getId(),
        "education.notice.award." + award.getState().name(),
        List.of(),
        Claims.LINK_MINE);
  }
}
