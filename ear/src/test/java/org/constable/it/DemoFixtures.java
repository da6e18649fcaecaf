package org.constable.it;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.UnitKind;

/**
 * Look-ups in the demo force that the in-container tests share: hr-county's county and another one,
 * the city bureau, a unit by its name, the officers under a unit. Read, never written: a test that
 * needs new records makes them with {@link Unique} values.
 */
public final class DemoFixtures {

  /** hr-county's data scope. */
  public static final String COUNTY = "临河区公安分局";

  /** A county outside hr-county's scope. */
  public static final String OTHER_COUNTY = "五原县公安局";

  private final EntityManager em;

  public DemoFixtures(EntityManager em) {
    this.em = em;
  }

  public OrgUnit city() {
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class)
        .getSingleResult();
  }

  public OrgUnit county() {
    return unitNamed(COUNTY);
  }

  /** The first county bureau (by code) other than hr-county's. */
  public OrgUnit otherCounty() {
    return em.createQuery(
            "SELECT u FROM OrgUnit u WHERE u.kind = :kind AND u.nameZh <> :county ORDER BY u.code",
            OrgUnit.class)
        .setParameter("kind", UnitKind.COUNTY_BUREAU)
        .setParameter("county", COUNTY)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** A unit of the demo force by its Chinese name, which must be unique (a county, a station). */
  public OrgUnit unitNamed(String nameZh) {
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.nameZh = :name", OrgUnit.class)
        .setParameter("name", nameZh)
        .getSingleResult();
  }

  public OrgUnit unitCoded(String code) {
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :c", OrgUnit.class)
        .setParameter("c", code)
        .getSingleResult();
  }

  /** The first unit of a kind under a path, by code. */
  public OrgUnit firstUnder(String path, UnitKind kind) {
    return em.createQuery(
            "SELECT u FROM OrgUnit u WHERE u.kind = :kind AND u.path LIKE :path ORDER BY u.code",
            OrgUnit.class)
        .setParameter("kind", kind)
        .setParameter("path", path + "%")
        .setMaxResults(1)
        .getSingleResult();
  }

  /** The open units under a path, the unit itself first. */
  public List<String> openUnitCodesUnder(String path) {
    return em.createQuery(
            "SELECT u.code FROM OrgUnit u WHERE u.path LIKE :path AND u.closed = :closed"
                + " ORDER BY u.path, u.code",
            String.class)
        .setParameter("path", path + "%")
        .setParameter("closed", false)
        .getResultList();
  }

  /** The n-th on-duty police officer (by police number) under a unit path, from 0. */
  public long policeOfficerUnder(String path, int n) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT o.id FROM officer o JOIN org_unit u ON u.id = o.unit_id"
                        + " WHERE u.path LIKE ?1 AND o.category = 'POLICE'"
                        + " AND o.status = 'ON_DUTY' ORDER BY o.police_number")
                .setParameter(1, path + "%")
                .setFirstResult(n)
                .setMaxResults(1)
                .getSingleResult())
        .longValue();
  }

  /** The lowest police number of an officer with no account. */
  public String officerWithoutAccount() {
    return (String)
        em.createNativeQuery(
                "SELECT MIN(o.police_number) FROM officer o WHERE NOT EXISTS"
                    + " (SELECT 1 FROM account a WHERE a.officer_id = o.id)")
            .getSingleResult();
  }

  /** The day the demo force was generated for: its figures are as of that day. */
  public LocalDate demoDay() {
    Object value =
        em.createNativeQuery(
                "SELECT setting_value FROM app_setting WHERE setting_key = 'demo-data'")
            .getSingleResult();
    return LocalDate.parse(value.toString());
  }
}
