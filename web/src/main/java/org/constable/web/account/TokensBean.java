package org.constable.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.constable.platform.BusinessException;
import org.constable.security.ApiTokenView;
import org.constable.security.ApiTokens;
import org.constable.web.shell.FacesMessages;

/** The user's own API tokens: issue one (shown once), see them, revoke one. */
@Named
@ViewScoped
public class TokensBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApiTokens tokens;

  private String name;
  private boolean write;
  private int days = 90;
  private String issued;
  private List<ApiTokenView> list;

  public void issue() {
    try {
      issued = tokens.issue(name, write, days).token();
      name = null;
      list = null;
      FacesMessages.info("token.issued");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void revoke(ApiTokenView token) {
    if (FacesMessages.attempt(() -> tokens.revoke(token.id()), "token.revoked", token.name())) {
      list = null;
    }
  }

  public List<ApiTokenView> getList() {
    if (list == null) {
      list = tokens.mine();
    }
    return list;
  }

  public List<Integer> getDayChoices() {
    return List.of(30, 90, 180, 366);
  }

  public String getIssued() {
    return issued;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isWrite() {
    return write;
  }

  public void setWrite(boolean write) {
    this.write = write;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
