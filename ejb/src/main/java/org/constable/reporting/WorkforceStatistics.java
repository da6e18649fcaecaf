package org.constable.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.PersonnelLists;
import org.constable.personnel.StationStaffingRule;
import org.constable.platform.NotFoundException;
import org.constable.policy.PolicyService;
import org.constable.reference.ReferenceEntry;
import org.constable.reference.ReferenceLists;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Workforce statistics for HR and leaders (workforce:read), read-only. Every method takes the day
 * the figures are as of (null: today) and a unit (null: the root of the caller's scope), counts the
 * active police officers of that unit and everything beneath it, and refuses a unit outside the
 * caller's scope.
 */
@Stateless
@Guard(Permissions.WORKFORCE_READ)
public class WorkforceStatistics {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private PolicyService policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private ReferenceLists references;

  /** Every block at once: for the dashboard, its export and REST. */
  public WorkforceReport report(LocalDate asOf, Long unitId) {
    Selection selection = select(asOf, unitId);
    Snapshot data = snapshot(selection);
    Figures figures = data.figures();
    StationStaffingRule rule = stationRule();
    return new WorkforceReport(
        selection.cohort().asOf(),
        selection.row(),
        selection.parentInScope(),
        figures,
        AgeStructure.of(figures),
        data.education(),
        data.ranks(),
        data.grades(),
        data.recruits(),
        frontLine(figures),
        data.stations(rule),
        data.drillDown(rule));
  }

  /**
   * The dashboard's one grouped scan alone, for the benchmark's floor: its tallies summed
   * (officers, birth years, birthdays ahead, the four age bands, high school or below, front line,
   * recent recruits) and the number of cells; no tree, no blocks, no labels.
   */
  public List<Long> floor(LocalDate asOf, Long unitId) {
    List<Cell> cells = new WorkforceQueries(em).cells(select(asOf, unitId).cohort());
    Tally sum = cells.stream().map(Cell::tally).reduce(Tally.NONE, Tally::plus);
    return List.of(
        sum.officers(),
        sum.birthYearSum(),
        sum.birthdaysStillAhead(),
        sum.upTo30(),
        sum.from31To40(),
        sum.from41To50(),
        sum.from51(),
        sum.highSchoolOrBelow(),
        sum.frontLine(),
        sum.recentRecruits(),
        (long) cells.size());
  }

  public Figures figures(LocalDate asOf, Long unitId) {
    return snapshot(select(asOf, unitId)).figures();
  }

  public AgeStructure ageStructure(LocalDate asOf, Long unitId) {
    return AgeStructure.of(figures(asOf, unitId));
  }

  public EducationStructure educationStructure(LocalDate asOf, Long unitId) {
    return snapshot(select(asOf, unitId)).education();
  }

  public List<Bucket> rankDistribution(LocalDate asOf, Long unitId) {
    return snapshot(select(asOf, unitId)).ranks();
  }

  public List<Bucket> gradeDistribution(LocalDate asOf, Long unitId) {
    return snapshot(select(asOf, unitId)).grades();
  }

  public Recruitment recruitsPerYear(LocalDate asOf, Long unitId) {
    return snapshot(select(asOf, unitId)).recruits();
  }

  public FrontLineShare frontLineShare(LocalDate asOf, Long unitId) {
    return frontLine(figures(asOf, unitId));
  }

  public StationStaffing stationStaffing(LocalDate asOf, Long unitId) {
    return snapshot(select(asOf, unitId)).stations(stationRule());
  }

  public List<UnitFigures> drillDown(LocalDate asOf, Long unitId) {
    return snapshot(select(asOf, unitId)).drillDown(stationRule());
  }

  /** Audits that the caller took the unit's figures away as a file. */
  public void recordExport(LocalDate asOf, Long unitId) {
    audit.record("Workforce", select(asOf, unitId).unit().getId(), "EXPORT", Changes.none());
  }

  private Selection select(LocalDate asOf, Long unitId) {
    AccountPrincipal me = currentUser.require();
    DataScope scope = DataScope.of(me);
    long id = unitId == null ? me.unitId() : unitId;
    OrgUnit unit = em.find(OrgUnit.class, id);
    if (unit == null) {
      throw new NotFoundException("OrgUnit", id);
    }
    scope.requireCovers(unit.getPath());
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    OrgUnit above = unit.getParent();
    Long parent = above != null && scope.covers(above.getPath()) ? above.getId() : null;
    return new Selection(unit, parent, new Cohort(unit.getPath(), day));
  }

  private Snapshot snapshot(Selection selection) {
    var order = new Snapshot.CodeOrder(codes(PersonnelLists.RANK), codes(PersonnelLists.GRADE));
    return new Snapshot(selection, new WorkforceQueries(em), order);
  }

  private List<String> codes(String list) {
    return references.entries(list).stream().map(ReferenceEntry::code).toList();
  }

  private FrontLineShare frontLine(Figures figures) {
    return FrontLineShare.of(
        figures, policy.decimalValue(WorkforcePolicy.FRONT_LINE_TARGET_PERCENT));
  }

  private StationStaffingRule stationRule() {
    return new StationStaffingRule(
        policy.intValue(WorkforcePolicy.STATION_MINIMUM),
        policy.intValue(WorkforcePolicy.STATION_MINIMUM_URBAN),
        policy.intValue(WorkforcePolicy.STATION_MINIMUM_TOWN));
  }
}
