package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerRow;
import org.constable.personnel.OfficerSort;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.UnitRow;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.NotFoundException;
import org.constable.security.CurrentUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The officer register's reads: data scope, own record, paging, and the audited ID number. */
@ExtendWith(ArquillianExtension.class)
class PersonnelIT {

  private static final String COUNTY = "临河区公安分局";
  private static final int PAGE = OfficerDirectory.MAX_PAGE_SIZE;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(PersonnelIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OfficerDirectory officers;
  @Inject OrgUnitDirectory units;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  @Test
  void countyHrFindsOnlyOfficersOfItsCountyAndFewerThanCityHr() throws Exception {
    long cityTotal = AsUser.call(em, "hr-city", () -> officers.count(OfficerFilter.none()));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var me = currentUser.require();
          assertEquals(COUNTY, em.find(OrgUnit.class, me.unitId()).getNameZh());
          long total = officers.count(OfficerFilter.none());
          assertTrue(total > 0 && total < cityTotal, total + " of " + cityTotal);

          List<Long> seen = new ArrayList<>();
          for (int first = 0; first < total; first += PAGE) {
            var rows = officers.search(OfficerFilter.none(), OfficerSort.DEFAULT, first, PAGE);
            assertTrue(rows.stream().allMatch(r -> r.maskedIdNumber().contains("********")));
            List<Long> ids = rows.stream().map(OfficerRow::id).toList();
            List<String> paths = unitPathsOf(ids);
            assertEquals(ids.size(), paths.size());
            assertTrue(paths.stream().allMatch(p -> p.startsWith(me.unitPath())), paths.toString());
            seen.addAll(ids);
          }
          assertEquals(total, seen.size());
          assertEquals(total, seen.stream().distinct().count());
        });
  }

  @Test
  void countyHrCannotReachAnotherCountyByIdOrByUnitFilter() throws Exception {
    OrgUnit otherCounty = fixtures().otherCounty();
    long stranger = firstOfficerUnder(otherCounty.getPath());
    var byUnit = new OfficerFilter(null, otherCounty.getId(), null, null, null, null);
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertThrows(AccessDeniedException.class, () -> officers.find(stranger));
          assertThrows(AccessDeniedException.class, () -> officers.revealIdNumber(stranger));
          assertThrows(AccessDeniedException.class, () -> officers.count(byUnit));
          assertThrows(AccessDeniedException.class, () -> units.find(otherCounty.getId()));
          assertThrows(NotFoundException.class, () -> officers.find(-1));
        });
    AsUser.run(em, "hr-city", () -> assertEquals(stranger, officers.find(stranger).id()));
  }

  @Test
  void countyHrListsOnlyTheUnitsOfItsCounty() throws Exception {
    long cityUnits = AsUser.call(em, "hr-city", () -> units.count(null));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          String scope = currentUser.require().unitPath();
          long total = units.count(null);
          assertTrue(total > 0 && total < cityUnits, total + " of " + cityUnits);
          List<UnitRow> rows = units.search(null, 0, PAGE);
          assertEquals(total, rows.size());
          for (UnitRow unit : rows) {
            assertTrue(em.find(OrgUnit.class, unit.id()).getPath().startsWith(scope), unit.code());
          }
          assertEquals(COUNTY, units.search(COUNTY, 0, 5).get(0).nameZh());
        });
  }

  @Test
  void anOfficerOpensItsOwnRecordButNotAColleaguesNorTheList() throws Exception {
    AsUser.run(
        em,
        "officer",
        () -> {
          var me = currentUser.require();
          var own = officers.find(me.officerId());
          assertEquals(me.policeNumber(), own.policeNumber());
          assertTrue(own.maskedIdNumber().contains("********"));

          long colleague = colleagueOf(me.officerId());
          assertThrows(AccessDeniedException.class, () -> officers.find(colleague));
          assertThrows(AccessDeniedException.class, () -> officers.find(-1));
          assertThrows(AccessDeniedException.class, () -> officers.count(OfficerFilter.none()));
        });
  }

  @Test
  void aFilteredSortedPageHasTheRightRowsInTheRightOrder() throws Exception {
    long countyId =
        em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.nameZh = :name", Long.class)
            .setParameter("name", COUNTY)
            .getSingleResult();
    String countyPath = em.find(OrgUnit.class, countyId).getPath();
    var filter =
        new OfficerFilter(
            null, countyId, null, null, OfficerStatus.ON_DUTY, PersonnelCategory.POLICE);
    String where =
        " FROM Officer o WHERE o.unit.path LIKE :path AND o.status = :status"
            + " AND o.category = :category";
    long expectedTotal =
        em.createQuery("SELECT COUNT(o)" + where, Long.class)
            .setParameter("path", countyPath + "%")
            .setParameter("status", OfficerStatus.ON_DUTY)
            .setParameter("category", PersonnelCategory.POLICE)
            .getSingleResult();
    List<Long> expectedIds =
        em.createQuery(
                "SELECT o.id" + where + " ORDER BY o.birthDate DESC, o.policeNumber ASC",
                Long.class)
            .setParameter("path", countyPath + "%")
            .setParameter("status", OfficerStatus.ON_DUTY)
            .setParameter("category", PersonnelCategory.POLICE)
            .setFirstResult(5)
            .setMaxResults(10)
            .getResultList();
    assertTrue(expectedTotal >= 15, "too few officers to page: " + expectedTotal);

    AsUser.run(
        em,
        "hr-city",
        () -> {
          assertEquals(expectedTotal, officers.count(filter));
          List<OfficerRow> rows =
              officers.search(filter, OfficerSort.by("birthDate", false), 5, 10);
          assertEquals(10, rows.size());
          assertEquals(expectedIds, rows.stream().map(OfficerRow::id).toList());
          for (int i = 1; i < rows.size(); i++) {
            assertFalse(rows.get(i).birthDate().isAfter(rows.get(i - 1).birthDate()));
          }
          assertTrue(rows.stream().allMatch(r -> r.status() == OfficerStatus.ON_DUTY));
          assertTrue(rows.stream().allMatch(r -> r.category() == PersonnelCategory.POLICE));
        });
  }

  /**
   * The benchmark sets each list request against its floor (OfficerDirectory.floor): the floor must
   * give the same total and the same page, for the whole force (no unit condition at all) and for a
   * county (unit by unit), and the whole force's default list must be what plain JPQL finds.
   */
  @Test
  void theFloorOfEveryBenchmarkedPageGivesTheSameAnswerAsTheRequest() throws Exception {
    String surname =
        em.createQuery("SELECT o.name FROM Officer o ORDER BY o.policeNumber", String.class)
            .setMaxResults(1)
            .getSingleResult()
            .substring(0, 1);
    var serving =
        new OfficerFilter(null, null, null, null, null, PersonnelCategory.POLICE).withServing(true);
    record Case(OfficerFilter filter, OfficerSort sort, int first) {}
    List<Case> cases =
        List.of(
            new Case(OfficerFilter.none(), OfficerSort.DEFAULT, 0),
            new Case(serving, OfficerSort.DEFAULT, 0),
            new Case(serving, OfficerSort.by("name", true), 40),
            new Case(
                new OfficerFilter(null, null, "JJ", null, OfficerStatus.ON_DUTY, null),
                OfficerSort.DEFAULT,
                0),
            new Case(OfficerFilter.none(), OfficerSort.by("name", false), 500),
            new Case(OfficerFilter.none(), OfficerSort.by("unitNameZh", true), 20),
            new Case(
                new OfficerFilter(surname, null, null, null, null, null), OfficerSort.DEFAULT, 0),
            new Case(
                new OfficerFilter(surname, null, null, null, null, null),
                OfficerSort.by("birthDate", false),
                10),
            new Case(
                new OfficerFilter("zh", null, null, null, null, null), OfficerSort.DEFAULT, 0));
    for (String login : List.of("hr-city", "hr-county")) {
      AsUser.run(
          em,
          login,
          () -> {
            for (Case c : cases) {
              var floor = officers.floor(c.filter(), c.sort(), c.first(), 20);
              List<String> page =
                  officers.search(c.filter(), c.sort(), c.first(), 20).stream()
                      .map(OfficerRow::policeNumber)
                      .toList();
              assertEquals(officers.count(c.filter()), floor.total(), login + " " + c);
              assertEquals(page, floor.policeNumbers(), login + " " + c);
              assertTrue(floor.total() > 0, login + " " + c);
            }
          });
    }
    List<String> expected =
        em.createQuery(
                "SELECT o.policeNumber FROM Officer o WHERE o.category = :police"
                    + " AND o.status IN :serving ORDER BY o.policeNumber",
                String.class)
            .setParameter("police", PersonnelCategory.POLICE)
            .setParameter("serving", OfficerStatus.active())
            .setMaxResults(20)
            .getResultList();
    AsUser.run(
        em,
        "hr-city",
        () ->
            assertEquals(
                expected, officers.floor(serving, OfficerSort.DEFAULT, 0, 20).policeNumbers()));
  }

  @Test
  void digitsSearchPoliceNumberPrefixesAndOtherTextSearchesNames() throws Exception {
    String prefix = AsUser.policeNumber(em, "officer").substring(0, 4);
    String surname =
        em.createQuery("SELECT o.name FROM Officer o ORDER BY o.policeNumber", String.class)
            .setMaxResults(1)
            .getSingleResult()
            .substring(0, 1);
    AsUser.run(
        em,
        "hr-city",
        () -> {
          var byNumber = new OfficerFilter(prefix, null, null, null, null, null);
          List<OfficerRow> numbered =
              officers.search(byNumber, OfficerSort.by("policeNumber", false), 0, PAGE);
          assertFalse(numbered.isEmpty());
          assertTrue(numbered.stream().allMatch(r -> r.policeNumber().startsWith(prefix)));
          for (int i = 1; i < numbered.size(); i++) {
            String before = numbered.get(i - 1).policeNumber();
            assertTrue(numbered.get(i).policeNumber().compareTo(before) < 0);
          }

          var byName = new OfficerFilter(surname, null, null, null, null, null);
          List<OfficerRow> named = officers.search(byName, OfficerSort.by("name", true), 0, 50);
          assertFalse(named.isEmpty());
          assertTrue(named.stream().allMatch(r -> r.name().contains(surname)));
          var wildcard = new OfficerFilter("%", null, null, null, null, null);
          assertEquals(0, officers.count(wildcard), "a typed % is not a wildcard");
        });
  }

  @Test
  void cityHrRevealsAWholeIdNumberWithAnAuditEntryAndAnOfficerCannot() throws Exception {
    long target = firstOfficerUnder(fixtures().otherCounty().getPath());
    String whole =
        em.createQuery("SELECT o.idNumber FROM Officer o WHERE o.id = :id", String.class)
            .setParameter("id", target)
            .getSingleResult();
    int before = AsUser.auditOf(em, audit, "Officer", target).size();

    assertEquals(whole, AsUser.call(em, "hr-city", () -> officers.revealIdNumber(target)));
    var entries = AsUser.auditOf(em, audit, "Officer", target);
    assertEquals(before + 1, entries.size());
    assertEquals("VIEW_ID_NUMBER", entries.get(0).getAction());
    assertEquals(AsUser.policeNumber(em, "hr-city"), entries.get(0).getActorPoliceNumber());

    AsUser.run(
        em,
        "officer",
        () -> {
          long own = currentUser.require().officerId();
          assertThrows(AccessDeniedException.class, () -> officers.revealIdNumber(own));
          assertThrows(AccessDeniedException.class, () -> officers.revealIdNumber(target));
        });
    assertEquals(before + 1, AsUser.auditOf(em, audit, "Officer", target).size());
  }

  private long firstOfficerUnder(String unitPath) {
    return em.createQuery(
            "SELECT o.id FROM Officer o WHERE o.unit.path LIKE :path ORDER BY o.policeNumber",
            Long.class)
        .setParameter("path", unitPath + "%")
        .setMaxResults(1)
        .getSingleResult();
  }

  private long colleagueOf(long officerId) {
    return em.createQuery(
            "SELECT o.id FROM Officer m, Officer o WHERE m.id = :id AND o.unit = m.unit"
                + " AND o.id <> m.id ORDER BY o.policeNumber",
            Long.class)
        .setParameter("id", officerId)
        .setMaxResults(1)
        .getSingleResult();
  }

  private List<String> unitPathsOf(List<Long> officerIds) {
    return em.createQuery("SELECT o.unit.path FROM Officer o WHERE o.id IN :ids", String.class)
        .setParameter("ids", officerIds)
        .getResultList();
  }

  private DemoFixtures fixtures() {
    return new DemoFixtures(em);
  }
}
