package org.constable.personnel.demo;

import java.util.SplittableRandom;
import org.constable.personnel.Gender;

/** Names, ethnicities and mobile numbers typical of Bayannur. */
final class People {

  static final String HAN = "汉族";
  static final String MONGOL = "蒙古族";

  private static final String SURNAMES =
      "王王王李李李张张张刘刘刘杨杨赵赵高高郭郭马马孙孙石贾任白乔郝武侯尹闫苏韩田段薛冯陈周吴徐胡朱何罗梁宋郑谢唐董吕曹袁邓许傅曾彭萧蔡潘杜";
  private static final String MALE_CHARACTERS = "伟强磊军勇杰涛斌超明刚鹏辉峰亮俊健波宇龙浩飞平东林海文华国建志永";
  private static final String FEMALE_CHARACTERS = "丽娟敏静燕霞芳艳玲红慧婷雪琳洁颖莉萍英娜晶丹梅佳瑞悦彤欣蕾";
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
    String characters = male ? MALE_CHARACTERS : FEMALE_CHARACTERS;
    StringBuilder name = new StringBuilder().append(pick(random, SURNAMES));
    name.append(pick(random, characters));
    if (random.nextInt(10) < 7) {
      name.append(pick(random, characters));
    }
    return name.toString();
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
