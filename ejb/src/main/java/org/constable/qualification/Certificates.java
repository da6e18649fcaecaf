package org.constable.qualification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Officer;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.policy.PolicyService;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Officers' certificates: HR of the officer's scope records, corrects, renews and revokes them,
 * with a scan; the officer reads its own. A renewal is a new certificate, and the one it replaces
 * points to it, so the history stays.
 */
@Stateless
@Guard
public class Certificates {

  static final String ENTITY = "OfficerCertificate";

  /** The largest scan accepted: a phone photo or a scanned page. */
  public static final long MAX_SCAN_BYTES = 5L * 1024 * 1024;

  private static final int LONGEST_REASON = 300;

  @PersistenceContext private EntityManager em;
  @Inject private QualificationAccess access;
  @Inject private CertificateQueries queries;
  @Inject private CertificateWriter writer;
  @Inject private AuditTrail audit;
  @Inject private PolicyService policy;
  @Inject private Clock clock;

  /**
   * @param scan through {@link Attachment#checked}, or null
   */
  @Guard(Permissions.QUALIFICATION_MANAGE)
  public long record(long officerId, CertificateInput input, Attachment scan) {
    Officer officer = access.officerInScope(officerId);
    OfficerCertificate certificate = writer.create(officer, input, scan);
    audit.record(ENTITY, certificate.getId(), "CREATE", Changes.created(snapshot(certificate)));
    return certificate.getId();
  }

  /** The same, for an officer named by its police number (the officer picker's value). */
  @Guard(Permissions.QUALIFICATION_MANAGE)
  public long recordFor(String policeNumber, CertificateInput input, Attachment scan) {
    long officerId =
        em.createQuery("SELECT o.id FROM Officer o WHERE o.policeNumber = :n", Long.class)
            .setParameter("n", policeNumber == null ? "" : policeNumber.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("qualification.certificate.officerRequired"));
    return record(officerId, input, scan);
  }

  /** A new certificate of the same type that replaces the current one, which keeps its history. */
  @Guard(Permissions.QUALIFICATION_MANAGE)
  public long renew(long certificateId, CertificateInput input, Attachment scan, long versionSeen) {
    OfficerCertificate old = current(certificateId, versionSeen);
    if (input.typeCode() != null && !input.typeCode().equals(old.getType().getCode())) {
      throw new BusinessException("qualification.certificate.renewSameType");
    }
    var renewal =
        new CertificateInput(
            old.getType().getCode(), input.number(), input.issuedOn(), input.expiresOn());
    OfficerCertificate certificate = writer.create(old.getOfficer(), renewal, scan);
    old.renewedBy(certificate);
    Versioned.flush(em);
    audit.record(ENTITY, certificate.getId(), "RENEW", Changes.created(snapshot(certificate)));
    audit.record(
        ENTITY,
        old.getId(),
        "RENEWED",
        Changes.between(Map.of(), Map.of("renewedBy", certificate.getId())));
    return certificate.getId();
  }

  /** Corrects a typing mistake in the number or the dates; a new scan replaces the old one. */
  @Guard(Permissions.QUALIFICATION_MANAGE)
  public void correct(
      long certificateId, CertificateInput input, Attachment scan, long versionSeen) {
    OfficerCertificate certificate = find(certificateId);
    access.officerInScope(certificate.getOfficer().getId());
    Versioned.requireCurrent(certificate.getVersion(), versionSeen);
    Map<String, Object> before = snapshot(certificate);
    certificate.correct(input.check(certificate.getType(), today()));
    if (scan != null) {
      certificate.attach(scan);
    }
    writer.requireUniqueNumber(
        certificate.getType().getCode(), certificate.getNumber(), certificate.getId());
    Versioned.flush(em);
    audit.record(ENTITY, certificateId, "UPDATE", Changes.between(before, snapshot(certificate)));
  }

  @Guard(Permissions.QUALIFICATION_MANAGE)
  public void revoke(long certificateId, LocalDate on, String reason, long versionSeen) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("qualification.certificate.reasonRequired");
    }
    if (reason.strip().length() > LONGEST_REASON) {
      throw new BusinessException("qualification.certificate.reasonTooLong", LONGEST_REASON);
    }
    OfficerCertificate certificate = current(certificateId, versionSeen);
    LocalDate day = on == null ? today() : on;
    if (day.isBefore(certificate.getIssuedOn()) || day.isAfter(today())) {
      throw new BusinessException("qualification.certificate.badRevocationDay", day);
    }
    Map<String, Object> before = snapshot(certificate);
    certificate.revoke(day, reason.strip());
    Versioned.flush(em);
    audit.record(ENTITY, certificateId, "REVOKE", Changes.between(before, snapshot(certificate)));
  }

  /** The officer's certificates, current ones first: its own, or one HR may read. */
  public List<CertificateRow> of(long officerId) {
    access.readableOfficer(officerId);
    return queries.ofOfficer(officerId, today(), warningDays());
  }

  @Guard(Permissions.QUALIFICATION_MANAGE)
  public List<CertificateRow> search(CertificateFilter filter, int first, int pageSize) {
    return queries.search(filter, today(), warningDays(), first, pageSize);
  }

  @Guard(Permissions.QUALIFICATION_MANAGE)
  public long count(CertificateFilter filter) {
    return queries.count(filter, today(), warningDays());
  }

  /** The scan, for the officer itself and those who may read its record. */
  public Attachment scan(long certificateId) {
    OfficerCertificate certificate = find(certificateId);
    access.readableOfficer(certificate.getOfficer().getId());
    Attachment scan = certificate.getScan();
    if (scan == null) {
      throw new NotFoundException(ENTITY + ".scan", certificateId);
    }
    return scan;
  }

  private OfficerCertificate current(long certificateId, long versionSeen) {
    OfficerCertificate certificate = find(certificateId);
    access.officerInScope(certificate.getOfficer().getId());
    Versioned.requireCurrent(certificate.getVersion(), versionSeen);
    if (certificate.getRenewedBy() != null || certificate.getRevokedOn() != null) {
      throw new BusinessException("qualification.certificate.notCurrent");
    }
    return certificate;
  }

  private OfficerCertificate find(long id) {
    OfficerCertificate certificate = em.find(OfficerCertificate.class, id);
    if (certificate == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return certificate;
  }

  private int warningDays() {
    return policy.intValue(QualificationPolicy.FIRST_ALERT_DAYS);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  static Map<String, Object> snapshot(OfficerCertificate c) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("officer", c.getOfficer().getPoliceNumber());
    values.put("type", c.getType().getCode());
    values.put("number", c.getNumber());
    values.put("issuedOn", c.getIssuedOn());
    values.put("expiresOn", c.getExpiresOn());
    values.put("revokedOn", c.getRevokedOn());
    values.put("revokeReason", c.getRevokeReason());
    values.put("scan", c.getScanName());
    return values;
  }
}
