package org.constable.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;

/** A kind of certificate: who issues it, how long it is valid, its level where there are levels. */
@Entity
@Table(name = "certificate_type")
public class CertificateType {

  @Id private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  private String issuer;

  @Column(name = "validity_years")
  private Integer validityYears;

  @Column(name = "level_no")
  private Integer level;

  /** A law-enforcement qualification: without a valid one, no enforcement. */
  private boolean enforcement;

  private boolean active = true;

  @Column(name = "sort_order")
  private int sortOrder;

  @Version private long version;

  protected CertificateType() {}

  CertificateType(String code) {
    this.code = code;
  }

  void take(CertificateTypeInput input) {
    nameZh = input.nameZh().strip();
    nameEn = input.nameEn().strip();
    issuer = input.issuer() == null || input.issuer().isBlank() ? null : input.issuer().strip();
    validityYears = input.validityYears();
    level = input.level();
    enforcement = input.enforcement();
    active = input.active();
    sortOrder = input.sortOrder();
  }

  /**
   * The expiry a certificate issued on that day gets: valid up to and including the day before its
   * anniversary.
   */
  LocalDate expiryFor(LocalDate issuedOn) {
    return CertificateValidity.expiry(issuedOn, validityYears);
  }

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getIssuer() {
    return issuer;
  }

  public Integer getValidityYears() {
    return validityYears;
  }

  public Integer getLevel() {
    return level;
  }

  public boolean isEnforcement() {
    return enforcement;
  }

  public boolean isActive() {
    return active;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public long getVersion() {
    return version;
  }
}
