package org.constable.demo.personnel;

import java.util.List;
import org.constable.personnel.Education;
import org.constable.personnel.UnitKind;

/**
 * Plausible ranks and grades. Ranks follow the promotion rhythm of the rank regulations (every 3
 * years up to 一级警司, every 4 up to 一级警督), starting higher with a higher degree; ranks above 一级警督 go
 * only with a leading grade. Below associate degree no one holds 副科级 or higher.
 */
final class Ranks {

  /** The codes of the rank list (migration V2) from the lowest up; DemoRanksIT checks them. */
  static final List<String> RANKS =
      List.of("JY2", "JY1", "JS3", "JS2", "JS1", "JD3", "JD2", "JD1", "JG3", "JG2", "JG1");

  private static final int FIRST_CLASS_INSPECTOR = 4; // JS1
  private static final int FIRST_CLASS_SUPERINTENDENT = 7; // JD1

  private Ranks() {}

  static String rank(Education education, int serviceYears, String gradeCode, boolean chief) {
    int index =
        switch (education) {
          case MASTER -> 2;
          case DOCTOR -> 3;
          case BACHELOR -> 1;
          default -> 0;
        };
    int years = serviceYears;
    while (index < FIRST_CLASS_SUPERINTENDENT) {
      int wait = index < FIRST_CLASS_INSPECTOR ? 3 : 4;
      if (years < wait) {
        break;
      }
      years -= wait;
      index++;
    }
    return RANKS.get(Math.max(index, lowestRankFor(gradeCode, chief)));
  }

  private static int lowestRankFor(String gradeCode, boolean chief) {
    return switch (gradeCode) {
      case "ZCJ" -> chief ? 9 : 8;
      case "FCJ" -> 7;
      case "ZKJ" -> 5;
      case "FKJ" -> 4;
      default -> 0;
    };
  }

  /** The first leader of a unit heads it; the others are its deputies. */
  static String leaderGrade(DemoUnit unit, int leaderIndex) {
    boolean head = leaderIndex == 0;
    return switch (unit.kind()) {
      case CITY_BUREAU -> head ? "ZCJ" : "FCJ";
      case COUNTY_BUREAU -> head ? "FCJ" : "ZKJ";
      case DEPARTMENT ->
          head && unit.regionCode().equals(BayannurOrgChart.CITY_REGION) ? "ZKJ" : "FKJ";
      default -> "FKJ";
    };
  }

  static boolean isForceChief(DemoUnit unit, int leaderIndex) {
    return unit.kind() == UnitKind.CITY_BUREAU && leaderIndex == 0;
  }

  /**
   * A few long-serving officers below associate degree hold 副主任科员: they are the ones the three-year
   * degree deadline applies to.
   */
  static String staffGrade(Education education, int serviceYears, int roll) {
    if (education.isBelowAssociate()) {
      return serviceYears >= 15 && roll < 30 ? "FZRKY" : "KY";
    }
    if (serviceYears < 5) {
      return "KY";
    }
    return serviceYears < 12 || roll < 25 ? "FZRKY" : "ZRKY";
  }
}
