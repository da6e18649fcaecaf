package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * The officers' photos: HR uploads one (JPEG or PNG, told by its bytes, at most {@link
 * #MAX_BYTES}), whoever may read the record sees it.
 */
@Stateless
@Guard
public class OfficerPhotos {

  public static final long MAX_BYTES = 2L * 1024 * 1024;

  static final String PHOTO_TYPE = "personnel.photo.type";

  @PersistenceContext private EntityManager em;
  @Inject private OfficerRecords records;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /**
   * @throws BusinessException {@code upload.*} for a file that is no photo or too large
   */
  @Guard(Permissions.PERSONNEL_WRITE)
  public void upload(long officerId, String fileName, byte[] content) {
    Attachment photo;
    try {
      photo = Attachment.checked(fileName, content, MAX_BYTES);
    } catch (BusinessException e) {
      throw "upload.type".equals(e.getMessageKey()) ? new BusinessException(PHOTO_TYPE) : e;
    }
    if (Attachment.PDF.equals(photo.contentType())) {
      throw new BusinessException(PHOTO_TYPE);
    }
    Officer officer = records.writable(officerId);
    OfficerPhoto stored = em.find(OfficerPhoto.class, officer.getId());
    if (stored == null) {
      stored = new OfficerPhoto(officer.getId());
      em.persist(stored);
    }
    stored.replace(photo, LocalDateTime.now(clock), currentUser.policeNumberOrNull());
    audit.record(OfficerRegister.ENTITY, officer.getId(), "PHOTO", Changes.none());
  }

  /** The photo, for whoever may read the record; 404 for an officer without one. */
  public Attachment photo(long officerId) {
    return find(officerId).orElseThrow(() -> new NotFoundException("OfficerPhoto", officerId));
  }

  public Optional<Attachment> find(long officerId) {
    Officer officer = records.readable(officerId);
    return Optional.ofNullable(em.find(OfficerPhoto.class, officer.getId()))
        .map(OfficerPhoto::attachment);
  }

  public boolean has(long officerId) {
    Officer officer = records.readable(officerId);
    return !em.createQuery(
            "SELECT p.officerId FROM OfficerPhoto p WHERE p.officerId = :id", Long.class)
        .setParameter("id", officer.getId())
        .getResultList()
        .isEmpty();
  }
}
