package org.constable.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.logging.Logger;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Education;
import org.constable.personnel.EntryChannel;
import org.constable.personnel.IdNumber;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerData;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.PoliceNumber;
import org.constable.personnel.UnitKind;
import org.constable.platform.NamePinyin;
import org.constable.platform.OracleLimits;
import org.constable.policy.PolicyKeys;
import org.constable.policy.PolicyService;

/**
 * Production starts with no accounts. On a start where none exists and the environment names an
 * administrator ({@code CONSTABLE_ADMIN_POLICE_NUMBER}, {@code _NAME}, {@code _ID_NUMBER}, {@code
 * _PASSWORD}), this creates the city bureau (if there is no unit yet), that officer and its ADMIN
 * account. The password must be changed at the first log-in; HR completes the officer's record.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  static final String PREFIX = "CONSTABLE_ADMIN_";

  /** What the environment says about the first administrator. */
  public record Settings(String policeNumber, String name, String idNumber, String password) {

    static Settings fromEnvironment(Map<String, String> environment) {
      return new Settings(
          environment.get(PREFIX + "POLICE_NUMBER"),
          environment.get(PREFIX + "NAME"),
          environment.get(PREFIX + "ID_NUMBER"),
          environment.get(PREFIX + "PASSWORD"));
    }

    boolean isGiven() {
      return policeNumber != null || password != null;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @Inject private PolicyService policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @PostConstruct
  void createFromEnvironment() {
    var settings = Settings.fromEnvironment(System.getenv());
    if (settings.isGiven() && createIfNoAccount(settings)) {
      LOG.info(() -> "Created the first administrator, police number " + settings.policeNumber());
    }
  }

  /** Returns whether it created the administrator: only when no account exists at all. */
  @Unguarded("start-up: runs before anyone can log in, and only while no account exists")
  public boolean createIfNoAccount(Settings settings) {
    // the lock makes a second node starting at the same time wait, then find the account
    em.createNativeQuery(
            "SELECT setting_key FROM app_setting WHERE setting_key = 'demo-data'"
                + OracleLimits.forUpdateAtStartUp())
        .getResultList();
    long accounts = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    if (accounts > 0) {
      return false;
    }
    create(settings);
    return true;
  }

  private void create(Settings settings) {
    LocalDate today = LocalDate.now(clock);
    PoliceNumber policeNumber = PoliceNumber.of(settings.policeNumber());
    IdNumber idNumber = IdNumber.of(settings.idNumber(), today);
    if (settings.name() == null || settings.name().isBlank()) {
      throw new IllegalArgumentException(PREFIX + "NAME is required");
    }
    var violations =
        new PasswordPolicy(policy.intValue(PolicyKeys.PASSWORD_MIN_LENGTH))
            .violations(
                settings.password(), policeNumber.value(), NamePinyin.spellings(settings.name()));
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(
          PREFIX + "PASSWORD breaks the password policy: " + violations);
    }
    OrgUnit bureau = cityBureau();
    var officer =
        new Officer(
            new OfficerData(
                policeNumber,
                settings.name().strip(),
                "未登记",
                idNumber,
                today,
                today,
                EntryChannel.TRANSFER_IN,
                PersonnelCategory.POLICE,
                null,
                null,
                null,
                "ZG",
                null,
                false,
                OfficerStatus.ON_DUTY,
                Education.BACHELOR,
                null,
                null,
                null,
                null,
                null),
            bureau);
    em.persist(officer);
    var account =
        new Account(
            officer,
            bureau,
            hasher.hash(settings.password()),
            EnumSet.of(Role.ADMIN),
            LocalDateTime.now(clock));
    account.requirePasswordChange();
    em.persist(account);
    em.flush();
    audit.record("Officer", officer.getId(), "CREATE", Changes.created(officer.auditSnapshot()));
    audit.record("Account", account.getId(), "CREATE", Changes.created(account.auditSnapshot()));
  }

  private OrgUnit cityBureau() {
    return em.createQuery(
            "SELECT u FROM OrgUnit u WHERE u.parent IS NULL ORDER BY u.id", OrgUnit.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              var unit =
                  new OrgUnit(
                      "CITY", "市公安局", "City Public Security Bureau", UnitKind.CITY_BUREAU, null);
              em.persist(unit);
              unit.placeUnder(null);
              return unit;
            });
  }
}
