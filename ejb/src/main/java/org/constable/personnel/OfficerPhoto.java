package org.constable.personnel;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.constable.platform.Attachment;

/** An officer's photo for the record and the personnel card: one per officer, replaced whole. */
@Entity
@Table(name = "officer_photo")
public class OfficerPhoto {

  @Id
  @Column(name = "officer_id")
  private Long officerId;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Version private long version;

  protected OfficerPhoto() {}

  OfficerPhoto(long officerId) {
    this.officerId = officerId;
  }

  void replace(Attachment photo, LocalDateTime at, String by) {
    this.content = photo.content();
    this.contentType = photo.contentType();
    this.uploadedAt = at;
    this.uploadedBy = by;
  }

  Attachment attachment() {
    String extension = Attachment.PNG.equals(contentType) ? ".png" : ".jpg";
    return new Attachment("photo-" + officerId + extension, contentType, content);
  }
}
