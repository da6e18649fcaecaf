package org.constable.education;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.constable.notification.Notifications;
import org.constable.personnel.Officer;
import org.constable.qualification.CertificateRecorded;
import org.constable.security.Role;

/**
 * A legal professional qualification certificate recorded for an officer without an award raises
 * the award at once, in the same transaction, and tells the HR covering the officer: whoever
 * records the certificate need not know the education rules.
 */
@ApplicationScoped
public class AwardOnCertificate {

  @PersistenceContext private EntityManager em;
  @Inject private AwardWriter writer;
  @Inject private Notifications notifications;

  void onRecorded(@Observes CertificateRecorded certificate) {
    if (!Awards.LEGAL_PRO.equals(certificate.typeCode()) || writer.held(certificate.officerId())) {
      return;
    }
    Officer officer = em.find(Officer.class, certificate.officerId());
    writer.create(officer, certificate.certificateId(), certificate.issuedOn());
    notifications.tellRoleCovering(
        Role.HR,
        officer.getUnit().getPath(),
        "education.notice.awardRaised",
        List.of(officer.getName(), officer.getPoliceNumber()),
        Awards.LINK_DESK);
    notifications.tellOfficer(
        officer.getId(), "education.notice.award.RAISED", List.of(), Claims.LINK_MINE);
  }
}
