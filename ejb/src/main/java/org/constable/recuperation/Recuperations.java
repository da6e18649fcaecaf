package org.constable.recuperation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.leave.LeaveInput;
import org.constable.leave.LeaveType;
import org.constable.leave.Leaves;
import org.constable.personnel.Officer;
import org.constable.personnel.OrgUnit;
import org.constable.platform.BusinessException;
import org.constable.platform.NativeSql;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.policy.PolicyService;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Recuperation groups for HR (leave:manage) of the scope: schedule a group for a unit, fill it by
 * the priority rules or by hand, and keep how each member's stay ended; the officer reads its own.
 */
@Stateless
@Guard(Permissions.LEAVE_MANAGE)
public class Recuperations {

  static final String GROUP = "RecuperationGroup";
  static final String MEMBER = "RecuperationMember";
  static final String INTERVAL = "leave.recuperation.intervalYears";
  public static final int MAX_PAGE_SIZE = 200;

  /** The column after a candidate row's own: the count of all the candidates. */
  private static final int TOTAL = 10;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Leaves leaves;
  @Inject private PolicyService policy;
  @Inject private Clock clock;

  /** The years within which a last stay ranks an officer after the others. */
  public int intervalYears() {
    return policy.intValue(INTERVAL);
  }

  public long create(GroupInput input) {
    GroupInput checked =
        (input == null ? new GroupInput(null, null, null, null, null, null) : input).check();
    OrgUnit unit = em.find(OrgUnit.class, checked.unitId());
    if (unit == null) {
      throw new NotFoundException("OrgUnit", checked.unitId());
    }
    currentUser.scope().requireCovers(unit.getPath());
    var group = new RecuperationGroup(unit, checked, now(), currentUser.policeNumberOrNull());
    em.persist(group);
    Versioned.flush(em);
    audit.record(GROUP, group.getId(), "CREATE", Changes.created(group.snapshot()));
    return group.getId();
  }

  /** The groups of the scope starting in the year, earliest first, with how their places stand. */
  public List<GroupRow> groups(int year) {
    return groupQuery(" AND g.start_date >= ")
        .value(LocalDate.of(year, 1, 1))
        .sql(" AND g.start_date < ")
        .value(LocalDate.of(year + 1, 1, 1))
        .sql(GROUP_BY + " ORDER BY g.start_date, g.id")
        .rows(em)
        .stream()
        .map(Recuperations::groupRow)
        .toList();
  }

  public GroupRow group(long groupId) {
    List<Object[]> rows = groupQuery(" AND g.id = ").value(groupId).sql(GROUP_BY).rows(em);
    if (rows.isEmpty()) {
      throw new NotFoundException(GROUP, groupId);
    }
    return groupRow(rows.get(0));
  }

  public List<MemberRow> members(long groupId) {
    RecuperationGroup group = kept(groupId);
    return em.createQuery(
            "SELECT NEW org.constable.recuperation.MemberRow(m.id, o.id, o.policeNumber, o.name,"
                + " u.labelZh, u.labelEn, m.state, m.healthReason, m.frontYears, m.note, m.version)"
                + " FROM RecuperationMember m JOIN m.officer o JOIN o.unit u WHERE m.group = :g"
                + " ORDER BY m.state, o.policeNumber",
            MemberRow.class)
        .setParameter("g", group)
        .getResultList();
  }

  /** The officers the rules would choose next for the group, in their order. */
  public List<CandidateRow> candidates(long groupId, int first, int max) {
    return ranked(kept(groupId), "", first, max).stream().map(Recuperations::candidate).toList();
  }

  /** The first candidates and how many there are in all, from one run of the rules' query. */
  public CandidatePage firstCandidates(long groupId, int max) {
    List<Object[]> rows = ranked(kept(groupId), ", COUNT(*) OVER () total", 0, max);
    return new CandidatePage(
        rows.stream().map(Recuperations::candidate).toList(),
        rows.isEmpty() ? 0 : NativeSql.number(rows.get(0)[TOTAL]));
  }

  public long countCandidates(long groupId) {
    RecuperationGroup group = kept(groupId);
    return candidates(new NativeSql().sql("SELECT COUNT(*) FROM ("), group).sql(") x").count(em);
  }

  /** A page of the candidates in the rules' order, each row with the columns {@code also} adds. */
  private List<Object[]> ranked(RecuperationGroup group, String also, int first, int max) {
    return candidates(new NativeSql().sql("SELECT x.*" + also + " FROM ("), group)
        .sql(") x ORDER BY x.recent, x.health_reason DESC, x.front_years DESC,")
        .sql(" x.birth_date, x.police_number")
        .sql(
            " OFFSET "
                + Math.max(0, first)
                + " ROWS FETCH NEXT "
                + Math.max(1, Math.min(MAX_PAGE_SIZE, max))
                + " ROWS ONLY")
        .rows(em);
  }

  private static CandidateRow candidate(Object[] r) {
    return new CandidateRow(
        NativeSql.number(r[0]), (String) r[3], (String) r[4], (String) r[2], priority(r));
  }

  /** Adds an officer of the group's unit by hand (HR may pass over the rules' order). */
  public void add(long groupId, long officerId) {
    RecuperationGroup group = kept(groupId);
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null || !officer.getUnit().getPath().startsWith(group.getUnit().getPath())) {
      throw new BusinessException("recuperation.member.notOfUnit");
    }
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    Priority priority =
        priorityOf(group, officerId)
            .orElseThrow(() -> new BusinessException("recuperation.member.notEligible"));
    requireFreePlace(group, 1);
    join(group, officer, priority);
  }

  /** Fills the group's free places with the rules' first candidates; how many were added. */
  public int fill(long groupId) {
    RecuperationGroup group = kept(groupId);
    long free = group(groupId).free();
    if (free == 0) {
      throw new BusinessException("recuperation.group.full", group.getPlaces());
    }
    int added = 0;
    for (CandidateRow c : candidates(groupId, 0, (int) Math.min(free, MAX_PAGE_SIZE))) {
      join(group, em.find(Officer.class, c.officerId()), c.priority());
      added++;
    }
    return added;
  }

  /** Takes a selected member out again. */
  public void remove(long memberId, long versionSeen) {
    RecuperationMember member = member(memberId, versionSeen);
    member.requireSelected();
    audit.record(MEMBER, memberId, "DELETE", Changes.between(member.snapshot(), Map.of()));
    em.remove(member);
    Versioned.flush(em);
  }

  /** The member went: its stay becomes a leave record of type RECUPERATION. */
  public void attended(long memberId, long versionSeen) {
    RecuperationMember member = member(memberId, versionSeen);
    member.requireSelected();
    RecuperationGroup group = member.getGroup();
    if (group.getStartDate().isAfter(LocalDate.now(clock))) {
      throw new BusinessException("recuperation.member.notStarted", group.getStartDate());
    }
    var before = member.snapshot();
    long leave =
        leaves.record(
            member.getOfficer().getId(),
            new LeaveInput(
                LeaveType.RECUPERATION,
                group.getStartDate(),
                group.getEndDate(),
                false,
                group.getName() + " · " + group.getPlace()));
    member.attended(leave);
    Versioned.flush(em);
    audit.record(MEMBER, memberId, "ATTENDED", Changes.between(before, member.snapshot()));
  }

  /** The member did not go, with the reason. */
  public void declined(long memberId, long versionSeen, String reason) {
    String text = reason == null || reason.isBlank() ? null : reason.strip();
    if (text == null) {
      throw new BusinessException("recuperation.member.reasonRequired");
    }
    if (text.length() > 200) {
      throw new BusinessException("recuperation.member.reasonTooLong", 200);
    }
    RecuperationMember member = member(memberId, versionSeen);
    var before = member.snapshot();
    member.declined(text);
    Versioned.flush(em);
    audit.record(MEMBER, memberId, "DECLINED", Changes.between(before, member.snapshot()));
  }

  /** The caller's own places in groups, latest first. */
  @Guard(Permissions.SELF_READ)
  public List<Stay> mine() {
    return em.createQuery(
            "SELECT NEW org.constable.recuperation.Stay(g.name, g.place, g.startDate, g.endDate,"
                + " m.state, m.note) FROM RecuperationMember m JOIN m.group g"
                + " WHERE m.officer.id = :o ORDER BY g.startDate DESC",
            Stay.class)
        .setParameter("o", currentUser.require().officerId())
        .getResultList();
  }

  private static final String GROUP_BY =
      " GROUP BY g.id, g.name, g.place, g.start_date, g.end_date, g.places, u.label_zh,"
          + " u.label_en, g.version";

  /** Groups with counts; a caller without leave:manage sees only its own (mine). */
  private NativeSql groupQuery(String condition) {
    NativeSql sql =
        new NativeSql()
            .sql(
                "SELECT g.id, g.name, g.place, g.start_date, g.end_date, g.places, u.label_zh,"
                    + " u.label_en,"
                    + " SUM(CASE WHEN m.state = 'SELECTED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN m.state = 'ATTENDED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN m.state = 'DECLINED' THEN 1 ELSE 0 END), g.version"
                    + " FROM recuperation_group g JOIN org_unit u ON u.id = g.unit_id"
                    + " LEFT JOIN recuperation_member m ON m.group_id = g.id WHERE 1 = 1");
    if (currentUser.can(Permissions.LEAVE_MANAGE)) {
      sql.sql(" AND u.path LIKE ").value(currentUser.scope().pathPattern());
    }
    return sql.sql(condition);
  }

  private static GroupRow groupRow(Object[] r) {
    return new GroupRow(
        NativeSql.number(r[0]),
        (String) r[1],
        (String) r[2],
        NativeSql.date(r[3]),
        NativeSql.date(r[4]),
        (int) NativeSql.number(r[5]),
        (String) r[6],
        (String) r[7],
        r[8] == null ? 0 : NativeSql.number(r[8]),
        r[9] == null ? 0 : NativeSql.number(r[9]),
        r[10] == null ? 0 : NativeSql.number(r[10]),
        NativeSql.number(r[11]));
  }

  /**
   * Active police officers of the group's unit not in it and not in another group over the same
   * days, with what the rules rank by: id, police number, name, unit labels, birth date, health
   * reason (1/0), front-line years, last stay, recent (1/0).
   */
  private NativeSql candidates(NativeSql head, RecuperationGroup group) {
    return candidates(head, group, null);
  }

  /** The same, of one officer only where {@code officerId} is given. */
  private NativeSql candidates(NativeSql head, RecuperationGroup group, Long officerId) {
    LocalDate from = group.getStartDate();
    LocalDate cutoff = from.minusYears(intervalYears());
    head.sql("SELECT y.*, CASE WHEN y.last_stay >= ")
        .value(cutoff)
        .sql(
            " THEN 1 ELSE 0 END recent FROM (SELECT o.id, o.police_number, o.name, u.label_zh,"
                + " u.label_en, o.birth_date,"
                + " CASE WHEN EXISTS (SELECT 1 FROM health_consent hc WHERE hc.officer_id = o.id"
                + " AND hc.consented = 1) AND EXISTS (SELECT 1 FROM health_check h"
                + " JOIN health_check_condition c ON c.check_id = h.id WHERE h.officer_id = o.id"
                + " AND h.checked_on >= ")
        .value(from.minusYears(2))
        .sql(
            ") THEN 1 ELSE 0 END health_reason,"
                + " CASE WHEN o.front_line = 1 AND o.police_join_date <= ")
        .value(from)
        .sql(
            " THEN "
                + from.getYear()
                + " - EXTRACT(YEAR FROM o.police_join_date) ELSE 0 END front_years,"
                + " (SELECT MAX(sg.end_date) FROM recuperation_member sm"
                + " JOIN recuperation_group sg ON sg.id = sm.group_id"
                + " WHERE sm.officer_id = o.id AND sm.state = 'ATTENDED') last_stay"
                + " FROM officer o JOIN org_unit u ON u.id = o.unit_id"
                + " WHERE o.status = 'ON_DUTY' AND o.category = 'POLICE' AND u.path LIKE ")
        .value(group.getUnit().getPath() + "%")
        .sql(" AND u.path LIKE ")
        .value(currentUser.scope().pathPattern())
        .sql(" AND NOT EXISTS (SELECT 1 FROM recuperation_member gm WHERE gm.officer_id = o.id")
        .sql(" AND gm.group_id = ")
        .value(group.getId())
        .sql(
            ") AND NOT EXISTS (SELECT 1 FROM recuperation_member om"
                + " JOIN recuperation_group og ON og.id = om.group_id WHERE om.officer_id = o.id"
                + " AND om.state <> 'DECLINED' AND og.start_date <= ")
        .value(group.getEndDate())
        .sql(" AND og.end_date >= ")
        .value(group.getStartDate())
        .sql(")");
    if (officerId != null) {
      head.sql(" AND o.id = ").value(officerId);
    }
    return head.sql(") y");
  }

  /**
   * One officer's priority for the group, if it is a candidate: every column is the officer's own
   * (nothing ranks it among the others), so the query reads that officer alone.
   */
  private java.util.Optional<Priority> priorityOf(RecuperationGroup group, long officerId) {
    return candidates(new NativeSql().sql("SELECT x.* FROM ("), group, officerId)
        .sql(") x")
        .rows(em)
        .stream()
        .map(Recuperations::priority)
        .findFirst();
  }

  /**
   * A candidate row's priority (the columns of {@link #candidates(NativeSql, RecuperationGroup)}).
   */
  private static Priority priority(Object[] r) {
    return new Priority(
        NativeSql.number(r[9]) == 1,
        NativeSql.number(r[6]) == 1,
        (int) NativeSql.number(r[7]),
        NativeSql.date(r[5]),
        (String) r[1],
        r[8] == null ? null : NativeSql.date(r[8]));
  }

  private void requireFreePlace(RecuperationGroup group, int wanted) {
    if (group(group.getId()).free() < wanted) {
      throw new BusinessException("recuperation.group.full", group.getPlaces());
    }
  }

  private void join(RecuperationGroup group, Officer officer, Priority priority) {
    var member =
        new RecuperationMember(group, officer, priority, now(), currentUser.policeNumberOrNull());
    em.persist(member);
    Versioned.flush(em);
    audit.record(MEMBER, member.getId(), "SELECT", Changes.created(member.snapshot()));
  }

  private RecuperationGroup kept(long groupId) {
    RecuperationGroup group = em.find(RecuperationGroup.class, groupId);
    if (group == null || !currentUser.scope().covers(group.getUnit().getPath())) {
      throw new NotFoundException(GROUP, groupId);
    }
    return group;
  }

  private RecuperationMember member(long memberId, long versionSeen) {
    RecuperationMember member = em.find(RecuperationMember.class, memberId);
    if (member == null || !currentUser.scope().covers(member.getGroup().getUnit().getPath())) {
      throw new NotFoundException(MEMBER, memberId);
    }
    Versioned.requireCurrent(member.getVersion(), versionSeen);
    return member;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
