package org.constable.qualification;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.constable.personnel.Officer;
import org.constable.platform.Attachment;

/** A certificate an officer holds or held; a renewal is a new one, and this one points to it. */
@Entity
@Table(name = "officer_certificate")
public class OfficerCertificate {

  @Id
  @SequenceGenerator(
      name = "qualification_seq",
      sequenceName = "qualification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qualification_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  /** The holder's, copied: police numbers never change, and HR's list is ordered by it. */
  @Column(name = "police_number", nullable = false, updatable = false)
  private String policeNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "type_code")
  private CertificateType type;

  @Column(name = "cert_number", nullable = false)
  private String number;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "revoked_on")
  private LocalDate revokedOn;

  @Column(name = "revoke_reason")
  private String revokeReason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "renewed_by_id")
  private OfficerCertificate renewedBy;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] scan;

  @Column(name = "scan_name")
  private String scanName;

  @Column(name = "scan_type")
  private String scanType;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Version private long version;

  protected OfficerCertificate() {}

  OfficerCertificate(
      Officer officer,
      CertificateType type,
      CertificateInput.Checked input,
      LocalDateTime at,
      String by) {
    this.officer = officer;
    this.policeNumber = officer.getPoliceNumber();
    this.type = type;
    this.recordedAt = at;
    this.recordedBy = by;
    correct(input);
  }

  void correct(CertificateInput.Checked input) {
    number = input.number();
    issuedOn = input.issuedOn();
    expiresOn = input.expiresOn();
  }

  void attach(Attachment attachment) {
    scan = attachment.content();
    scanName = attachment.fileName();
    scanType = attachment.contentType();
  }

  void revoke(LocalDate on, String reason) {
    revokedOn = on;
    revokeReason = reason;
  }

  void renewedBy(OfficerCertificate renewal) {
    renewedBy = renewal;
  }

  public boolean validOn(LocalDate day) {
    return CertificateValidity.validOn(issuedOn, expiresOn, revokedOn, day);
  }

  public Attachment getScan() {
    return scan == null ? null : new Attachment(scanName, scanType, scan);
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public CertificateType getType() {
    return type;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public OfficerCertificate getRenewedBy() {
    return renewedBy;
  }

  public String getScanName() {
    return scanName;
  }

  public long getVersion() {
    return version;
  }
}
