package org.constable.it.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.constable.health.HealthChecks;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.constable.platform.NotFoundException;
import org.constable.recuperation.CandidateRow;
import org.constable.recuperation.GroupInput;
import org.constable.recuperation.MemberRow;
import org.constable.recuperation.MemberState;
import org.constable.recuperation.Priority;
import org.constable.recuperation.Recuperations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recuperation in the real server: HR of a county schedules a group, the rules rank the candidates
 * (a consented condition counts, a withdrawn consent no longer does), the group fills to its
 * places, and each member's outcome is kept (an attended stay becomes a leave record); the scope
 * holds, and the officer reads its own places.
 */
@ExtendWith(ArquillianExtension.class)
class RecuperationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(RecuperationIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject Recuperations recuperations;
  @Inject HealthChecks health;

  private final int year = LocalDate.now(ClockProducer.ZONE).getYear();
  // 1 and 2 January: no demo leave falls on them, so an attended stay can always be recorded
  private final LocalDate from = LocalDate.of(year, 1, 1);
  private final LocalDate to = LocalDate.of(year, 1, 2);

  @Test
  void hrSchedulesAGroupTheRulesFillItAndEachOutcomeIsKept() throws Exception {
    var fixtures = new DemoFixtures(em);
    long county = fixtures.county().getId();
    long otherCounty = fixtures.otherCounty().getId();
    long demoOfficer = officerId(AsUser.policeNumber(em, "officer"));
    long[] group = new long[1];
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertEquals(
              "recuperation.input.places",
              refused(
                  () -> recuperations.create(new GroupInput(county, "一期", "疗养院", from, to, 0))));
          assertEquals(
              "recuperation.input.endBeforeStart",
              refused(
                  () -> recuperations.create(new GroupInput(county, "一期", "疗养院", to, from, 3))));
          assertEquals(
              "recuperation.input.nameRequired",
              refused(() -> recuperations.create(new GroupInput(county, " ", "疗养院", from, to, 3))));
          assertThrows(
              org.constable.platform.OutOfScopeException.class,
              () -> recuperations.create(new GroupInput(otherCounty, "一期", "疗养院", from, to, 3)));
          group[0] = recuperations.create(new GroupInput(county, " 测试一期 ", "阿尔山疗养院", from, to, 3));
          assertEquals("测试一期", recuperations.group(group[0]).name());

          List<CandidateRow> ranked = recuperations.candidates(group[0], 0, 200);
          assertFalse(ranked.isEmpty());
          List<Priority> order =
              new ArrayList<>(ranked.stream().map(CandidateRow::priority).toList());
          order.sort(Priority.ORDER);
          assertEquals(
              order, ranked.stream().map(CandidateRow::priority).toList(), "in the rules' order");
          assertTrue(recuperations.countCandidates(group[0]) >= ranked.size());
        });

    // the demo officer consented and has hypertension: a health reason, until it withdraws
    assertTrue(candidate(group[0], demoOfficer).healthReason(), "a consented condition counts");
    AsUser.run(em, "officer", () -> health.consent(false));
    try {
      assertFalse(candidate(group[0], demoOfficer).healthReason(), "a withdrawn consent does not");
    } finally {
      AsUser.run(em, "officer", () -> health.consent(true));
    }

    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertEquals(3, recuperations.fill(group[0]));
          assertEquals("recuperation.group.full", refused(() -> recuperations.fill(group[0])));
          List<MemberRow> members = recuperations.members(group[0]);
          assertEquals(3, members.size());
          assertTrue(members.stream().allMatch(m -> m.state() == MemberState.SELECTED));
          assertTrue(
              recuperations.candidates(group[0], 0, 200).stream()
                  .noneMatch(c -> members.stream().anyMatch(m -> m.officerId() == c.officerId())),
              "members are no longer candidates");

          MemberRow went = members.get(0);
          recuperations.attended(went.id(), went.version());
          assertEquals(
              "recuperation.member.decided",
              refused(() -> recuperations.attended(went.id(), went.version() + 1)));
          MemberRow stayed = members.get(1);
          assertEquals(
              "recuperation.member.reasonRequired",
              refused(() -> recuperations.declined(stayed.id(), stayed.version(), " ")));
          recuperations.declined(stayed.id(), stayed.version(), "案件侦办任务重");
          MemberRow out = members.get(2);
          recuperations.remove(out.id(), out.version());
          // a declined member and a removed one leave their places free
          assertEquals(2, recuperations.group(group[0]).free());
          recuperations.add(group[0], out.officerId());
          assertEquals(
              "recuperation.member.notEligible",
              refused(() -> recuperations.add(group[0], out.officerId())));
          assertEquals(1, recuperations.group(group[0]).free());

          var kept = recuperations.members(group[0]);
          assertEquals(
              List.of(MemberState.SELECTED, MemberState.ATTENDED, MemberState.DECLINED),
              kept.stream().map(MemberRow::state).sorted().toList());
          assertEquals(
              2L,
              ((Number)
                      em.createNativeQuery(
                              "SELECT r.days FROM leave_record r JOIN recuperation_member m"
                                  + " ON m.leave_id = r.id WHERE m.id = ?1"
                                  + " AND r.leave_type = 'RECUPERATION' AND r.start_date = ?2")
                          .setParameter(1, went.id())
                          .setParameter(2, from)
                          .getSingleResult())
                  .longValue(),
              "the stay is a leave record of its calendar days");
          // the county's HR sees its own groups only
          String countyPath = fixtures.county().getPath();
          assertTrue(
              recuperations.groups(year).stream()
                  .allMatch(g -> groupUnitPath(g.id()).startsWith(countyPath)),
              "groups of the county only");
        });

    AsUser.run(
        em,
        "hr-city",
        () ->
            assertTrue(
                recuperations.groups(year).stream().anyMatch(g -> g.id() == group[0]),
                "the city's HR sees the county's group"));
    AsUser.run(
        em,
        "officer",
        () -> {
          assertThrows(
              AccessDeniedException.class,
              () -> recuperations.create(new GroupInput(county, "一期", "疗养院", from, to, 3)));
          assertTrue(
              recuperations.mine().stream().anyMatch(s -> s.state() == MemberState.SELECTED),
              "the demo officer is chosen for the county's coming group");
        });
    AsUser.run(
        em,
        "hr-county",
        () ->
            assertThrows(
                NotFoundException.class,
                () ->
                    recuperations.members(
                        cityGroupId().orElseThrow(() -> new AssertionError("the city's group")))));
  }

  private Priority candidate(long group, long officer) throws Exception {
    return AsUser.call(
        em,
        "hr-county",
        () -> {
          for (int first = 0; ; first += 200) {
            var page = recuperations.candidates(group, first, 200);
            var found = page.stream().filter(c -> c.officerId() == officer).findFirst();
            if (found.isPresent()) {
              return found.get().priority();
            }
            if (page.size() < 200) {
              throw new AssertionError("the demo officer is no candidate");
            }
          }
        });
  }

  private java.util.Optional<Long> cityGroupId() {
    return em.createNativeQuery(
            "SELECT g.id FROM recuperation_group g JOIN org_unit u ON u.id = g.unit_id"
                + " WHERE u.parent_id IS NULL ORDER BY g.id")
        .getResultStream()
        .findFirst()
        .map(v -> ((Number) v).longValue());
  }

  private String groupUnitPath(long group) {
    return (String)
        em.createNativeQuery(
                "SELECT u.path FROM recuperation_group g JOIN org_unit u ON u.id = g.unit_id"
                    + " WHERE g.id = ?1")
            .setParameter(1, group)
            .getSingleResult();
  }

  private long officerId(String policeNumber) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM officer WHERE police_number = ?1")
                .setParameter(1, policeNumber)
                .getSingleResult())
        .longValue();
  }

  private static String refused(Runnable work) {
    return assertThrows(BusinessException.class, work::run).getMessageKey();
  }
}
