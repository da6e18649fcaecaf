package org.constable.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constable.personnel.Officer;
import org.constable.personnel.OrgUnit;

/** A log-in, tied to one officer, whose unit gives the account its data scope. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.findByPoliceNumber",
    query = "SELECT a FROM Account a WHERE a.officer.policeNumber = :policeNumber")
public class Account {

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "scope_unit_id")
  private OrgUnit scopeUnit;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  private boolean enabled = true;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  private String locale;

  /** Where notifications are mailed too; none: the inbox only. */
  private String email;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role_code")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "password_changed_at")
  private LocalDateTime passwordChangedAt;

  /** Every live session carries the epoch it began in; a higher one here has ended it. */
  @Column(name = "session_epoch", nullable = false)
  private long sessionEpoch;

  /** The TOTP secret once the first code has confirmed it; null without a second factor. */
  @Column(name = "totp_secret")
  private String totpSecret;

  /** A secret shown for enrolment, not yet confirmed by a code. */
  @Column(name = "totp_pending")
  private String totpPending;

  @Column(name = "totp_last_step", nullable = false)
  private long totpLastStep;

  @Column(name = "totp_enrolled_at")
  private LocalDateTime totpEnrolledAt;

  @Version private long version;

  protected Account() {}

  public Account(
      Officer officer,
      OrgUnit scopeUnit,
      String passwordHash,
      Set<Role> roles,
      LocalDateTime createdAt) {
    this.officer = officer;
    this.scopeUnit = scopeUnit;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = createdAt;
  }

  void changePassword(String newHash, boolean mustChangeAtNextLogIn, LocalDateTime at) {
    this.passwordHash = newHash;
    this.mustChangePassword = mustChangeAtNextLogIn;
    this.passwordChangedAt = at;
    endSessions();
  }

  /** When the password was last set; the creation for an account that never changed it. */
  LocalDateTime passwordSetAt() {
    return passwordChangedAt != null ? passwordChangedAt : createdAt;
  }

  /** Ends the account's live sessions at their next request (roles, scope, password, disabling). */
  void endSessions() {
    sessionEpoch++;
  }

  public long getSessionEpoch() {
    return sessionEpoch;
  }

  void offerTotp(String secret) {
    this.totpPending = secret;
  }

  void confirmTotp(long step, LocalDateTime at) {
    this.totpSecret = totpPending;
    this.totpPending = null;
    this.totpLastStep = step;
    this.totpEnrolledAt = at;
  }

  void acceptedTotpStep(long step) {
    this.totpLastStep = step;
  }

  /** Back to a password alone: the security administrator's reset; live sessions end. */
  void dropTotp() {
    this.totpSecret = null;
    this.totpPending = null;
    this.totpLastStep = 0;
    this.totpEnrolledAt = null;
    endSessions();
  }

  String getTotpSecret() {
    return totpSecret;
  }

  String getTotpPending() {
    return totpPending;
  }

  long getTotpLastStep() {
    return totpLastStep;
  }

  public LocalDateTime getTotpEnrolledAt() {
    return totpEnrolledAt;
  }

  void requirePasswordChange() {
    this.mustChangePassword = true;
  }

  void assignRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
    endSessions();
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
    endSessions();
  }

  void scopeTo(OrgUnit unit) {
    this.scopeUnit = unit;
    endSessions();
  }

  void mailTo(String address) {
    this.email = address;
  }

  public String getEmail() {
    return email;
  }

  void preferLocale(String locale) {
    this.locale = locale;
  }

  /** The fields an audit entry compares; never the password hash. */
  Map<String, Object> auditSnapshot() {
    var snapshot = new LinkedHashMap<String, Object>();
    snapshot.put("policeNumber", officer.getPoliceNumber());
    snapshot.put("scopeUnit", scopeUnit.getCode());
    snapshot.put("enabled", enabled);
    snapshot.put("roles", new TreeSet<>(roles).toString());
    snapshot.put("mustChangePassword", mustChangePassword);
    snapshot.put("email", email);
    return snapshot;
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public OrgUnit getScopeUnit() {
    return scopeUnit;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public String getLocale() {
    return locale;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public long getVersion() {
    return version;
  }
}
