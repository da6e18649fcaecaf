package org.constable.web.health;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.constable.health.HealthArchive;
import org.constable.health.HealthChecks;
import org.constable.web.shell.FacesMessages;

/** 我的健康档案: the officer's own checks and the trend of its conditions. */
@Named
@ViewScoped
public class MyHealthBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private HealthChecks checks;

  private HealthArchive archive;
  private Boolean consented;

  public HealthArchive getArchive() {
    if (archive == null) {
      archive = checks.mine();
    }
    return archive;
  }

  public boolean isConsented() {
    if (consented == null) {
      consented = checks.myConsent();
    }
    return consented;
  }

  public void consent(boolean given) {
    checks.consent(given);
    consented = given;
    FacesMessages.info(given ? "health.consent.given" : "health.consent.withdrawn");
  }
}
