package org.constable.demo.personnel;

import java.util.List;
import org.constable.personnel.StationStaffingRule;
import org.constable.personnel.UnitKind;

/**
 * How many people each unit gets: active police officers (at least the staffing minimum at every
 * station but the deliberately short ones), their leaders, civilian and auxiliary staff and former
 * officers; and how many operational officers work office duty so that the front-line share comes
 * out as targeted.
 */
final class StaffingPlan {

  final int[] police;
  final int[] leaders;
  final int[] civilians;
  final int[] auxiliaries;
  final int[] formerOfficers;
  final int officeDutyQuota;
  final int officeDutyPool;

  StaffingPlan(List<UnitProfile> units, ForceTargets targets, StationStaffingRule rule) {
    int n = units.size();
    double[] weights = new double[n];
    double[] civilianWeights = new double[n];
    double[] auxiliaryWeights = new double[n];
    int[] floors = new int[n];
    int[] caps = new int[n];
    for (int i = 0; i < n; i++) {
      UnitProfile unit = units.get(i);
      weights[i] = unit.weight();
      civilianWeights[i] = unit.weight() * civilianFactor(unit);
      auxiliaryWeights[i] = unit.weight() * auxiliaryFactor(unit);
      floors[i] = floor(unit, rule);
      caps[i] = unit.hasFixedHeadcount() ? unit.fixedHeadcount() : Integer.MAX_VALUE;
    }
    police = Apportionment.divide(targets.police(), weights, floors, caps);
    civilians = Apportionment.divide(targets.civilians(), civilianWeights);
    auxiliaries = Apportionment.divide(targets.auxiliaries(), auxiliaryWeights);
    formerOfficers = Apportionment.divide(targets.retired() + targets.transferredOut(), weights);
    leaders = new int[n];
    int backOffice = 0;
    int pool = 0;
    for (int i = 0; i < n; i++) {
      UnitProfile unit = units.get(i);
      leaders[i] = leaderCount(unit.kind(), police[i]);
      if (!unit.isFrontLine()) {
        backOffice += police[i];
      } else if (!unit.kind().isPoliceStation()) {
        pool += police[i] - leaders[i];
      }
    }
    officeDutyPool = pool;
    officeDutyQuota = Math.max(0, Math.min(pool, targets.notFrontLine() - backOffice));
  }

  /** The smallest force that staffs every unit at its floor. */
  static int minimumPolice(List<UnitProfile> units, StationStaffingRule rule) {
    return units.stream().mapToInt(unit -> floor(unit, rule)).sum();
  }

  private static int floor(UnitProfile unit, StationStaffingRule rule) {
    if (unit.hasFixedHeadcount()) {
      return unit.fixedHeadcount();
    }
    return switch (unit.kind()) {
      case CITY_BUREAU -> 6;
      case COUNTY_BUREAU -> 4;
      case DEPARTMENT, BRIGADE -> 3;
      default -> rule.minimumFor(unit.kind());
    };
  }

  private static int leaderCount(UnitKind kind, int police) {
    return switch (kind) {
      case CITY_BUREAU -> Math.min(police, 6);
      case COUNTY_BUREAU -> Math.min(police, 4);
      default -> police >= 30 ? 3 : police >= 10 ? 2 : 1;
    };
  }

  private static double civilianFactor(UnitProfile unit) {
    return switch (unit.duty()) {
      case BACK_OFFICE -> 4;
      case STATION -> 0.5;
      default -> 1;
    };
  }

  private static double auxiliaryFactor(UnitProfile unit) {
    if (unit.duty() == UnitProfile.Duty.STATION) {
      return 3;
    }
    return switch (unit.lineCode()) {
      case "JJ" -> unit.postMix().contains("CG") ? 1 : 3;
      case "XT", "JG" -> 1.5;
      case "ZG", "ZH" -> 0.3;
      default -> 0.5;
    };
  }
}
