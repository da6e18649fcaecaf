package org.constable.qualification;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.personnel.Officer;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.security.CurrentUser;

/** Writes a new certificate for the form and the import, inside the caller's transaction. */
@Dependent
class CertificateWriter {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private Event<CertificateRecorded> recorded;

  OfficerCertificate create(Officer officer, CertificateInput input, Attachment scan) {
    CertificateType type = type(input.typeCode());
    var checked = input.check(type, LocalDate.now(clock));
    requireUniqueNumber(type.getCode(), checked.number(), null);
    var certificate =
        new OfficerCertificate(
            officer, type, checked, LocalDateTime.now(clock), currentUser.policeNumberOrNull());
    if (scan != null) {
      certificate.attach(scan);
    }
    em.persist(certificate);
    em.flush();
    recorded.fire(
        new CertificateRecorded(
            officer.getId(), certificate.getId(), type.getCode(), certificate.getIssuedOn()));
    return certificate;
  }

  CertificateType type(String code) {
    CertificateType type = code == null ? null : em.find(CertificateType.class, code);
    if (type == null) {
      throw new BusinessException("qualification.certificate.typeRequired");
    }
    if (!type.isActive()) {
      throw new BusinessException("qualification.certificate.typeRetired", code);
    }
    return type;
  }

  /** A certificate's number is its type's: no two certificates of a type share one. */
  void requireUniqueNumber(String typeCode, String number, Long except) {
    List<Long> holders =
        em.createQuery(
                "SELECT c.id FROM OfficerCertificate c WHERE c.type.code = :type AND c.number = :n",
                Long.class)
            .setParameter("type", typeCode)
            .setParameter("n", number)
            .getResultList();
    if (holders.stream().anyMatch(id -> !id.equals(except))) {
      throw new BusinessException("qualification.certificate.numberTaken", number);
    }
  }
}
