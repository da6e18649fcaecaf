package org.constable.web.qualification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.qualification.CertificateInput;
import org.constable.qualification.CertificateRow;
import org.constable.qualification.Certificates;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.Uploads;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The certificate dialog: record a new one for an officer HR picks, renew a current one (a new
 * certificate that replaces it), or correct a typing mistake; and the revocation dialog.
 */
@Named
@ViewScoped
public class CertificateFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the dialog is doing. */
  public enum Mode {
    NEW,
    RENEW,
    CORRECT
  }

  @Inject private Certificates certificates;
  @Inject private Clock clock;

  private Mode mode = Mode.NEW;
  private CertificateRow target;
  private String policeNumber;
  private String typeCode;
  private String number;
  private LocalDate issuedOn;
  private LocalDate expiresOn;
  private Attachment scan;
  private LocalDate revokedOn;
  private String reason;

  public void startNew() {
    clear();
    mode = Mode.NEW;
  }

  public void startRenew(CertificateRow row) {
    clear();
    mode = Mode.RENEW;
    target = row;
    typeCode = row.typeCode();
  }

  public void startCorrect(CertificateRow row) {
    clear();
    mode = Mode.CORRECT;
    target = row;
    typeCode = row.typeCode();
    number = row.number();
    issuedOn = row.issuedOn();
    expiresOn = row.expiresOn();
  }

  public void startRevoke(CertificateRow row) {
    clear();
    target = row;
    revokedOn = LocalDate.now(clock);
  }

  public void upload(FileUploadEvent event) {
    scan =
        Uploads.attachment(
            event, Certificates.MAX_SCAN_BYTES, "qualification.certificate.scanReceived");
  }

  public void save() {
    try {
      var input = new CertificateInput(typeCode, number, issuedOn, expiresOn);
      switch (mode) {
        case NEW -> {
          if (policeNumber == null || policeNumber.isBlank()) {
            throw new BusinessException("qualification.certificate.officerRequired");
          }
          certificates.recordFor(policeNumber, input, scan);
        }
        case RENEW -> certificates.renew(target.id(), input, scan, target.version());
        case CORRECT -> certificates.correct(target.id(), input, scan, target.version());
      }
      FacesMessages.info("qualification.certificate.saved", number == null ? "" : number.strip());
      PrimeFaces.current().executeScript("PF('certificateDialog').hide()");
      clear();
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void revoke() {
    if (FacesMessages.attempt(
        () -> certificates.revoke(target.id(), revokedOn, reason, target.version()),
        "qualification.certificate.revoked",
        target.number())) {
      PrimeFaces.current().executeScript("PF('revokeDialog').hide()");
      clear();
    }
  }

  private void clear() {
    target = null;
    policeNumber = null;
    typeCode = null;
    number = null;
    issuedOn = null;
    expiresOn = null;
    scan = null;
    revokedOn = null;
    reason = null;
  }

  public long getMaxBytes() {
    return Certificates.MAX_SCAN_BYTES;
  }

  public String getScanName() {
    return scan == null ? null : scan.fileName();
  }

  public Mode getMode() {
    return mode;
  }

  public CertificateRow getTarget() {
    return target;
  }

  public String getPoliceNumber() {
    return policeNumber;
  }

  public void setPoliceNumber(String policeNumber) {
    this.policeNumber = policeNumber;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public void setTypeCode(String typeCode) {
    this.typeCode = typeCode;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }

  public void setRevokedOn(LocalDate revokedOn) {
    this.revokedOn = revokedOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
