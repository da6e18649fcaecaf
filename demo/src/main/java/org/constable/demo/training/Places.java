package org.constable.demo.training;

import java.util.List;

/** Where sessions are held: the city's training base and halls, a county bureau's own. */
final class Places {

  private static final List<String> CITY =
      List.of("巴彦淖尔市公安局警务实战训练基地", "巴彦淖尔市公安局教育训练中心", "巴彦淖尔市公安局指挥中心三楼会议室");
  private static final List<String> COUNTY = List.of("训练馆", "综合训练场", "三楼会议室");

  private Places() {}

  /** The place of a session, the {@code parallel}-th class of its course and dates. */
  static String of(SessionKey key, int parallel) {
    Org org = key.organiser();
    if (key.course() == DemoCourse.ANNUAL_EXAM && !key.retraining()) {
      return org.city() ? "巴彦淖尔市公安局考试中心" : org.nameZh() + "考场";
    }
    int choice = (key.course().ordinal() + parallel + (key.retraining() ? 2 : 0)) % 3;
    return org.city() ? CITY.get(choice) : org.nameZh() + COUNTY.get(choice);
  }
}
