package org.constable.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.StationStaffingRule;

/**
 * The blocks of the dashboard for one selection, each query run at most once however many blocks
 * need it.
 */
final class Snapshot {

  private final Selection selection;
  private final WorkforceQueries queries;
  private final CodeOrder order;
  private List<Cell> cells;
  private RollUp rollUp;
  private List<OrgUnit> units;
  private Map<String, Long> headcounts;

  /** The codes of the rank and grade lists in their order, retired ones included. */
  record CodeOrder(List<String> ranks, List<String> grades) {}

  Snapshot(Selection selection, WorkforceQueries queries, CodeOrder order) {
    this.selection = selection;
    this.queries = queries;
    this.order = order;
  }

  Figures figures() {
    return rollUp().beneath(selection.unit().getPath()).figures(selection.cohort().asOf());
  }

  EducationStructure education() {
    return EducationStructure.of(countBy(Cell::education), officers());
  }

  List<Bucket> ranks() {
    return Distribution.of(countBy(Cell::rankCode), order.ranks(), officers());
  }

  List<Bucket> grades() {
    return Distribution.of(countBy(Cell::gradeCode), order.grades(), officers());
  }

  Recruitment recruits() {
    Map<Integer, Long> byYear = new HashMap<>();
    cells().stream()
        .filter(cell -> cell.recruitYear() != null)
        .forEach(cell -> byYear.merge(cell.recruitYear(), cell.tally().officers(), Long::sum));
    return Recruitment.of(selection.cohort().asOf(), byYear);
  }

  StationStaffing stations(StationStaffingRule rule) {
    List<StationRow> rows = new ArrayList<>();
    for (OrgUnit station : stationUnits()) {
      long officers = officersBeneath(station.getPath());
      rows.add(
          new StationRow(
              Selection.rowOf(station),
              officers,
              rule.minimumFor(station.getKind()),
              rule.isShort(station.getKind(), officers)));
    }
    return StationStaffing.of(rows);
  }

  /** The officers placed in the unit itself (if any), then each open child with all beneath it. */
  List<UnitFigures> drillDown(StationStaffingRule rule) {
    var asOf = selection.cohort().asOf();
    OrgUnit unit = selection.unit();
    List<UnitFigures> rows = new ArrayList<>();
    Tally own = rollUp().placedIn(unit.getPath());
    if (own.officers() > 0) {
      long ownShort = shortStations(rule, station -> station.getId().equals(unit.getId()));
      rows.add(new UnitFigures(selection.row(), own.figures(asOf), ownShort, true));
    }
    for (OrgUnit child : units()) {
      if (child.getParent() != null && child.getParent().getId().equals(unit.getId())) {
        rows.add(
            new UnitFigures(
                Selection.rowOf(child),
                rollUp().beneath(child.getPath()).figures(asOf),
                shortStations(rule, child::contains),
                false));
      }
    }
    return rows;
  }

  private long shortStations(StationStaffingRule rule, Predicate<OrgUnit> where) {
    return stationUnits().stream()
        .filter(where)
        .filter(s -> rule.isShort(s.getKind(), rollUp().beneath(s.getPath()).officers()))
        .count();
  }

  /**
   * From the cells when this snapshot has read them, else from a count per unit: the home page's
   * card asks for the stations alone, and the cells' scan cost it a quarter of a second.
   */
  private long officersBeneath(String path) {
    if (cells != null) {
      return rollUp().beneath(path).officers();
    }
    if (headcounts == null) {
      headcounts = queries.headcounts(selection.cohort());
    }
    return headcounts.entrySet().stream()
        .filter(unit -> unit.getKey().startsWith(path))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private long officers() {
    return rollUp().beneath(selection.unit().getPath()).officers();
  }

  // A HashMap, not Collectors.groupingBy: officers without a rank or grade group under null.
  private Map<String, Long> countBy(Function<Cell, String> key) {
    Map<String, Long> counts = new HashMap<>();
    cells().forEach(cell -> counts.merge(key.apply(cell), cell.tally().officers(), Long::sum));
    return counts;
  }

  private List<Cell> cells() {
    if (cells == null) {
      cells = queries.cells(selection.cohort());
    }
    return cells;
  }

  private RollUp rollUp() {
    if (rollUp == null) {
      rollUp = RollUp.of(cells());
    }
    return rollUp;
  }

  private List<OrgUnit> units() {
    if (units == null) {
      units = queries.openUnitsBeneath(selection.unit());
    }
    return units;
  }

  private List<OrgUnit> stationUnits() {
    return units().stream().filter(u -> u.getKind().isPoliceStation()).toList();
  }
}
