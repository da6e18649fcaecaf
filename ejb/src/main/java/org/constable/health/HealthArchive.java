package org.constable.health;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An officer's health archive (健康档案): its checks latest first, the years they fall in (oldest
 * first), each condition ever found with the years it was found in, and whether the officer is
 * overdue today.
 */
public record HealthArchive(
    long officerId,
    String policeNumber,
    String name,
    List<CheckRow> checks,
    List<Integer> years,
    List<ConditionTrend> trends,
    LocalDate dueBy,
    boolean overdue)
    implements Serializable {

  public HealthArchive {
    checks = List.copyOf(checks);
    years = List.copyOf(years);
    trends = List.copyOf(trends);
  }

  /** The archive of these checks (any order), in the order of the HCOND list given. */
  public static HealthArchive of(
      long officerId,
      String policeNumber,
      String name,
      List<CheckRow> checks,
      List<String> conditionOrder,
      CheckSchedule schedule,
      LocalDate today) {
    List<CheckRow> latestFirst = new ArrayList<>(checks);
    latestFirst.sort((a, b) -> b.checkedOn().compareTo(a.checkedOn()));
    Set<Integer> years = new TreeSet<>();
    Map<String, Set<Integer>> found = new TreeMap<>();
    for (CheckRow check : latestFirst) {
      years.add(check.year());
      check
          .conditions()
          .forEach(c -> found.computeIfAbsent(c, k -> new TreeSet<>()).add(check.year()));
    }
    List<Integer> yearList = List.copyOf(years);
    List<ConditionTrend> trends = new ArrayList<>();
    for (String code : conditionOrder) {
      Set<Integer> in = found.remove(code);
      if (in != null) {
        trends.add(new ConditionTrend(code, in, yearList));
      }
    }
    found.forEach((code, in) -> trends.add(new ConditionTrend(code, in, yearList)));
    CheckRow last = latestFirst.isEmpty() ? null : latestFirst.get(0);
    return new HealthArchive(
        officerId,
        policeNumber,
        name,
        latestFirst,
        yearList,
        trends,
        last == null ? null : schedule.dueBy(last.checkedOn()),
        schedule.overdue(
            last == null ? null : last.checkedOn(),
            last == null ? null : last.followUpOn(),
            today));
  }
}
