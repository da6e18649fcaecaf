package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.constable.platform.BusinessException;
import org.constable.training.CheckInReceipt;
import org.constable.training.CheckIns;
import org.constable.web.shell.FacesMessages;

/**
 * Where the scanned QR lands, on the officer's phone, logged in as itself: one tap checks it in (a
 * tap, so that a link preview or a prefetch checks nobody in).
 */
@Named
@ViewScoped
public class CheckInBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CheckIns checkIns;

  private String code;
  private CheckInReceipt receipt;

  public void checkIn() {
    try {
      receipt = checkIns.checkIn(code);
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CheckInReceipt getReceipt() {
    return receipt;
  }
}
