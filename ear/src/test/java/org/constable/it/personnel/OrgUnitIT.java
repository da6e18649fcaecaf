package org.constable.it.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.it.Unique;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerSort;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.UnitKind;
import org.constable.personnel.UnitRow;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.security.CurrentUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The unit tree: add, rename, move with the subtree, close only when empty, within scope. */
@ExtendWith(ArquillianExtension.class)
class OrgUnitIT {

  private static final String COUNTY = "150802000000";
  private static final String OTHER_COUNTY = "150821000000";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(OrgUnitIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OrgUnitAdministration units;
  @Inject OrgUnitDirectory directory;
  @Inject OfficerDirectory officers;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  @Test
  void aUnitWhoseNameRepeatsIsLabelledWithItsParentAndAUniqueOneIsNot() throws Exception {
    AsUser.run(
        em,
        "hr-city",
        () -> {
          List<UnitRow> brigades = directory.search("刑侦大队", 0, 50);
          assertTrue(brigades.size() > 1, "the demo city has several: " + brigades);
          for (UnitRow brigade : brigades) {
            assertTrue(brigade.nameRepeats(), brigade.toString());
            assertEquals(
                brigade.parentNameZh() + " / 刑侦大队", brigade.label(Locale.SIMPLIFIED_CHINESE));
          }
          UnitRow county = directory.search(COUNTY, 0, 1).get(0);
          assertEquals(county.nameZh(), county.label(Locale.SIMPLIFIED_CHINESE));
          // the picker's chosen value is found by id, labelled alike
          UnitRow found = directory.find(brigades.get(0).id());
          assertEquals(brigades.get(0).label(Locale.ENGLISH), found.label(Locale.ENGLISH));
        });
  }

  @Test
  void theStoredLabelFollowsEveryAddRenameAndMove() throws Exception {
    AsUser.run(
        em,
        "hr-city",
        () -> {
          String name = "标签中队" + Unique.code("");
          String parentCode = Unique.code("T-LBL-P-");
          long parent =
              units.add(COUNTY, parentCode, name + "所", name + " Station", UnitKind.BRIGADE);
          long first =
              units.add(parentCode, Unique.code("T-LBL-A-"), name, "Squad", UnitKind.BRIGADE);
          assertEquals(name, labelOf(first), "a name of its own stands alone");
          long second =
              units.add(OTHER_COUNTY, Unique.code("T-LBL-B-"), name, "Squad", UnitKind.BRIGADE);
          OrgUnit otherCounty = fixtures().unitCoded(OTHER_COUNTY);
          assertEquals(name + "所 / " + name, labelOf(first), "the first learns of the second");
          assertEquals(otherCounty.getNameZh() + " / " + name, labelOf(second));
          assertEquals(otherCounty.getNameEn() + " / Squad", labelOf(second, false));

          units.rename(parent, name + "新所", name + " New Station", version(parent));
          assertEquals(name + "新所 / " + name, labelOf(first), "the parent's new name");

          units.rename(second, name + "乙", "Squad B", version(second));
          assertEquals(name, labelOf(first), "alone again once the other is renamed");
          assertEquals(name + "乙", labelOf(second));

          units.move(second, parentCode, version(second));
          units.rename(second, name, "Squad", version(second));
          assertEquals(name + "新所 / " + name, labelOf(second), "moved, then named alike");
          assertEquals(name + "新所 / " + name, labelOf(first));
        });
  }

  @Test
  void theOfficerListShowsAUnitWhoseNameRepeatsAfterItsParent() throws Exception {
    AsUser.run(
        em,
        "hr-city",
        () -> {
          UnitRow brigade = directory.search("刑侦大队", 0, 1).get(0);
          var rows =
              officers.search(
                  new OfficerFilter(null, brigade.id(), null, null, null, null),
                  OfficerSort.DEFAULT,
                  0,
                  5);
          assertTrue(!rows.isEmpty(), "the demo brigade has officers");
          String label = brigade.label(Locale.SIMPLIFIED_CHINESE);
          assertTrue(label.endsWith(" / 刑侦大队"), label);
          rows.forEach(row -> assertEquals(label, row.unitNameZh(), row.toString()));
        });
  }

  private String labelOf(long unitId) {
    return labelOf(unitId, true);
  }

  private String labelOf(long unitId, boolean chinese) {
    // read from the table: the label the lists and exports read
    return (String)
        em.createNativeQuery(
                "SELECT " + (chinese ? "label_zh" : "label_en") + " FROM org_unit WHERE id = ?1")
            .setParameter(1, unitId)
            .getSingleResult();
  }

  @Test
  void aMovedUnitTakesItsSubtreeAlongAndEveryChangeIsAudited() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          String teamCode = Unique.code("T-TEAM-");
          String groupCode = Unique.code("T-GROUP-");
          long team = units.add(COUNTY, teamCode, "测试中队", "Test Squad", UnitKind.BRIGADE);
          long group = units.add(teamCode, groupCode, "测试组", "Test Group", UnitKind.BRIGADE);
          String target =
              fixtures()
                  .firstUnder(fixtures().county().getPath(), UnitKind.STATION_URBAN)
                  .getCode();
          units.rename(team, "测试中队（改）", "Test Squad (renamed)", version(team));
          units.move(team, target, version(team));

          OrgUnit moved = em.find(OrgUnit.class, team);
          OrgUnit child = em.find(OrgUnit.class, group);
          OrgUnit station = fixtures().unitCoded(target);
          assertEquals(station.getPath() + team + "/", moved.getPath());
          assertEquals(moved.getPath() + group + "/", child.getPath());
          assertEquals("测试中队（改）", moved.getNameZh());
          assertEquals(
              java.util.List.of("MOVE", "RENAME", "CREATE"),
              audit.historyOf("OrgUnit", team).stream().map(e -> e.getAction()).toList());

          var loop =
              assertThrows(
                  BusinessException.class, () -> units.move(team, groupCode, version(team)));
          assertEquals("orgunit.moveIntoItself", loop.getMessageKey());
          var openBeneath =
              assertThrows(BusinessException.class, () -> units.close(team, version(team)));
          assertEquals("orgunit.hasOpenUnits", openBeneath.getMessageKey());
          units.close(group, version(group));
          units.close(team, version(team));
          assertTrue(em.find(OrgUnit.class, team).isClosed());
        });
  }

  @Test
  void aUnitWithOfficersCannotBeClosedAndAnotherCountyIsOutOfReach() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          OrgUnit station =
              fixtures().firstUnder(fixtures().county().getPath(), UnitKind.STATION_URBAN);
          var refused =
              assertThrows(
                  BusinessException.class,
                  () -> units.close(station.getId(), station.getVersion()));
          assertEquals("orgunit.hasOfficers", refused.getMessageKey());
          assertThrows(
              AccessDeniedException.class,
              () ->
                  units.add(
                      OTHER_COUNTY,
                      Unique.code("T-ELSEWHERE-"),
                      "越权",
                      "Out of scope",
                      UnitKind.BRIGADE));
          long other = fixtures().unitCoded(OTHER_COUNTY).getId();
          assertThrows(AccessDeniedException.class, () -> units.close(other, 0));
        });
    AsUser.run(
        em,
        "officer",
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> units.versionOf(fixtures().unitCoded(COUNTY).getId())));
  }

  private long version(long id) {
    return em.find(OrgUnit.class, id).getVersion();
  }

  private DemoFixtures fixtures() {
    return new DemoFixtures(em);
  }
}
