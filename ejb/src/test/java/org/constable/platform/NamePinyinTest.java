package org.constable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePinyinTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "王伟     | wangwei;weiwang;wei",
        "张小明   | zhangxiaoming;xiaomingzhang;xiaoming",
        "欧阳修   | ouyangxiu;xiuouyang;xiu",
        "吕布     | lvbu;bulv;bu",
        "' 李娜 ' | lina;nali;na",
        "王       | wang",
      })
  void spellsTheNameAsPeopleWriteItInPasswords(String name, String expected) {
    assertEquals(List.of(expected.split(";")), NamePinyin.spellings(name));
  }

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "张伟     | zhangwei      | zw",
        "单田芳   | shantianfang  | stf",
        "曾国藩   | zengguofan    | zgf",
        "欧阳修   | ouyangxiu     | oyx",
        "吕布     | lvbu          | lb",
        "' 李娜 ' | lina          | ln",
        "阿依·买买提 | ayimaimaiti | aymmt",
      })
  void keysTheNameForSortingAndSearch(String name, String key, String initials) {
    assertEquals(key, NamePinyin.key(name));
    assertEquals(initials, NamePinyin.initials(name));
  }
}
