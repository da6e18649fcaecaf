package org.constable.demo.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.constable.demo.CapabilityDemo;
import org.constable.demo.DemoContext;
import org.constable.demo.DemoLogIn;
import org.constable.personnel.Officer;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.UnitKind;
import org.constable.security.Account;
import org.constable.security.PasswordHasher;
import org.constable.security.Role;

/** One demo log-in per role, each tied to a generated officer of a fitting unit. */
@Dependent
public class DemoAccounts implements CapabilityDemo {

  private static final String COUNTY = "临河区公安分局";

  @Inject private PasswordHasher hasher;

  private EntityManager em;
  private String passwordHash;
  private LocalDateTime now;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void write(DemoContext context) {
    this.em = context.em();
    this.passwordHash = hasher.hash(DemoLogIn.PASSWORD);
    this.now = context.now();
    create().forEach(context::announce);
    // production requires a second factor of the administrators and HR; the demo log-ins work
    // with the password alone, so that a newcomer needs no authenticator app (any account may
    // still turn it on, and the policy page turns the requirement back on)
    em.createNativeQuery(
            "UPDATE policy_parameter SET param_value = 'false' WHERE param_key LIKE ?1")
        .setParameter(1, "security.twoFactor.%")
        .executeUpdate();
  }

  private List<DemoLogIn> create() {
    OrgUnit city = single("SELECT u FROM OrgUnit u WHERE u.kind = ?1", UnitKind.CITY_BUREAU);
    OrgUnit county = single("SELECT u FROM OrgUnit u WHERE u.nameZh = ?1", COUNTY);
    OrgUnit cityPolitical =
        single("SELECT u FROM OrgUnit u WHERE u.nameZh = '政治部' AND u.parent = ?1", city);
    OrgUnit countyPolitical =
        single(
            "SELECT u FROM OrgUnit u WHERE u.nameZh LIKE '政%' AND u.parent = ?1 ORDER BY u.code",
            county);
    OrgUnit swat =
        single("SELECT u FROM OrgUnit u WHERE u.nameZh = '巡特警支队' AND u.parent = ?1", city);
    OrgUnit station =
        single(
            "SELECT u FROM OrgUnit u WHERE u.kind = ?1 AND u.path LIKE ?2 ORDER BY u.code",
            UnitKind.STATION_URBAN,
            county.getPath() + "%");

    List<Officer> political = police(cityPolitical, 5);
    var logIns = new ArrayList<DemoLogIn>();
    logIns.add(account("admin", political.get(0), city, Role.ADMIN));
    logIns.add(account("hr-city", political.get(1), city, Role.HR, Role.OFFICER));
    logIns.add(
        account("hr-county", police(countyPolitical, 1).get(0), county, Role.HR, Role.OFFICER));
    logIns.add(account("trainer", police(swat, 1).get(0), swat, Role.TRAINER, Role.OFFICER));
    List<Officer> inStation = police(station, 2);
    logIns.add(account("leader", inStation.get(0), station, Role.LEADER, Role.OFFICER));
    logIns.add(account("officer", inStation.get(1), station, Role.OFFICER));
    // the audit and the security administrator: no other duty (三员分立)
    logIns.add(account("auditor", political.get(2), city, Role.AUDITOR, Role.OFFICER));
    logIns.add(account("secadmin", political.get(3), city, Role.SECADMIN, Role.OFFICER));
    // HR of the city who also keeps the named health data (健康管理员)
    logIns.add(account("health", political.get(4), city, Role.HR, Role.HEALTH, Role.OFFICER));
    return logIns;
  }

  private DemoLogIn account(String label, Officer officer, OrgUnit scope, Role... roles) {
    var roleSet = EnumSet.of(roles[0], roles);
    em.persist(new Account(officer, scope, passwordHash, roleSet, now));
    return new DemoLogIn(label, officer.getPoliceNumber(), roleSet, scope.getNameZh());
  }

  private List<Officer> police(OrgUnit unit, int howMany) {
    List<Officer> found =
        em.createQuery(
                "SELECT o FROM Officer o WHERE o.unit = :unit AND o.category = :category"
                    + " ORDER BY o.policeNumber",
                Officer.class)
            .setParameter("unit", unit)
            .setParameter("category", PersonnelCategory.POLICE)
            .setMaxResults(howMany)
            .getResultList();
    if (found.size() < howMany) {
      throw new IllegalStateException("The demo force has too few officers in " + unit.getCode());
    }
    return found;
  }

  private OrgUnit single(String jpql, Object... parameters) {
    var query = em.createQuery(jpql, OrgUnit.class).setMaxResults(1);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The demo force lacks a unit: " + jpql));
  }
}
