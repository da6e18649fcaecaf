package org.constable.demo.personnel;

import java.util.SplittableRandom;
import org.constable.personnel.Gender;

/** Names, ethnicities and mobile numbers typical of Bayannur. */
final class People {

  static final String HAN = "汉族";
  static final String MONGOL = "蒙古族";

  private static final String SURNAMES =
      "王王王李李李张张张刘刘刘杨杨赵赵高高郭郭马马孙孙石贾任白乔郝武侯尹闫苏韩田段薛冯陈周吴徐胡朱何罗梁宋郑谢唐董吕曹袁邓许傅曾彭萧蔡潘杜";
  private static final String[] MALE_GIVEN_NAMES = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "鹏", "辉", "峰", "亮", "建华", "建军", "建平",
    "志强", "志刚", "海涛", "海峰", "永强", "永刚", "晓东", "晓明", "立新", "利军", "文斌", "俊杰", "宏伟", "国庆", "鹏飞", "浩然",
    "宇航", "嘉豪", "子豪", "振华", "春雷", "红军"
  };
  private static final String[] FEMALE_GIVEN_NAMES = {
    "丽", "娟", "敏", "静", "燕", "霞", "芳", "艳", "玲", "红", "丽娟", "晓燕", "秀英", "桂英", "海燕", "雅婷", "欣怡",
    "佳怡", "婷婷", "丽华", "春梅", "晓丽", "文静", "雪梅", "美玲", "慧敏", "淑珍", "玉兰"
  };
  private static final String[] MONGOL_MALE = {
    "巴特尔", "额尔敦", "苏和", "那日苏", "格日勒图", "乌力吉", "宝音", "朝鲁", "孟和", "阿拉坦"
  };
  private static final String[] MONGOL_FEMALE = {
    "萨仁", "其其格", "乌云", "娜仁", "托雅", "高娃", "斯琴", "琪琪格", "塔娜", "乌兰"
  };
  private static final String[] MOBILE_PREFIXES = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "180", "181", "182", "183", "185", "186", "187",
    "188", "189"
  };

  private People() {}

  static String ethnicity(SplittableRandom random) {
    int roll = random.nextInt(1000);
    if (roll < 815) {
      return HAN;
    }
    if (roll < 965) {
      return MONGOL;
    }
    return roll < 990 ? "回族" : "满族";
  }

  /** Many Mongols use their Mongolian given name alone; others have Han-style names. */
  static String name(SplittableRandom random, Gender gender, String ethnicity) {
    boolean male = gender == Gender.MALE;
    if (MONGOL.equals(ethnicity) && random.nextBoolean()) {
      return pick(random, male ? MONGOL_MALE : MONGOL_FEMALE);
    }
    return pick(random, SURNAMES) + pick(random, male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  }

  static String mobile(SplittableRandom random) {
    return pick(random, MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
  }

  private static char pick(SplittableRandom random, String characters) {
    return characters.charAt(random.nextInt(characters.length()));
  }

  private static String pick(SplittableRandom random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
