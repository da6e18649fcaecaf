package org.constable.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A Chinese name in pinyin: as people spell it in a password, whole ({@code wangwei}), given name
 * first ({@code weiwang}) and the given name alone ({@code wei}); and as the register sorts and
 * searches it ({@link #key}, {@link #initials}). Compound surnames (欧阳, 司马 …) stay together; a
 * surname with a reading of its own takes it (单 shan, 曾 zeng); any other character with several
 * readings takes its first.
 */
public final class NamePinyin {

  private static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "尉迟", "公孙", "长孙", "宇文", "司徒", "夏侯", "端木",
          "独孤", "南宫", "西门", "轩辕", "呼延");

  /** Surnames whose reading is not the character's first (单 is dan elsewhere, shan as a name). */
  private static final Map<Character, String> SURNAME_READINGS =
      Map.ofEntries(
          Map.entry('单', "shan"),
          Map.entry('曾', "zeng"),
          Map.entry('解', "xie"),
          Map.entry('仇', "qiu"),
          Map.entry('朴', "piao"),
          Map.entry('查', "zha"),
          Map.entry('区', "ou"),
          Map.entry('盖', "ge"),
          Map.entry('乐', "yue"),
          Map.entry('覃', "qin"),
          Map.entry('缪', "miao"),
          Map.entry('翟', "zhai"),
          Map.entry('尉', "yu"),
          Map.entry('长', "zhang"),
          Map.entry('重', "chong"),
          Map.entry('召', "shao"),
          Map.entry('柏', "bai"),
          Map.entry('员', "yun"));

  private static final HanyuPinyinOutputFormat FORMAT = format();

  private NamePinyin() {}

  public static List<String> spellings(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String trimmed = name.strip();
    int surnameLength =
        trimmed.length() > 2 && COMPOUND_SURNAMES.contains(trimmed.substring(0, 2)) ? 2 : 1;
    String surname = pinyin(trimmed.substring(0, Math.min(surnameLength, trimmed.length())));
    String given = pinyin(trimmed.substring(Math.min(surnameLength, trimmed.length())));
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(surname + given);
    if (!given.isEmpty()) {
      spellings.add(given + surname);
      spellings.add(given);
    }
    spellings.removeIf(String::isEmpty);
    return new ArrayList<>(spellings);
  }

  /**
   * The name in pinyin without spaces, e.g. 单田芳 → shantianfang: what the list sorts by. A name with
   * nothing to spell keeps its own text, so that the key is never empty (Oracle's NULL).
   */
  public static String key(String name) {
    String key = String.join("", syllables(name));
    return key.isEmpty() && name != null ? name.strip() : key;
  }

  /** The first letter of each syllable, e.g. 张小明 → zxm: what a quick search types. */
  public static String initials(String name) {
    return syllables(name).stream()
        .map(s -> s.substring(0, 1))
        .collect(java.util.stream.Collectors.joining());
  }

  private static List<String> syllables(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    String trimmed = name.strip();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      String reading = i == 0 ? SURNAME_READINGS.get(c) : null;
      String syllable = reading != null ? reading : pinyin(String.valueOf(c));
      if (!syllable.isEmpty()) {
        out.add(syllable);
      }
    }
    return out;
  }

  private static String pinyin(String text) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      try {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        if (readings != null && readings.length > 0) {
          out.append(readings[0]);
        } else if (Character.isLetterOrDigit(c)) {
          out.append(Character.toLowerCase(c));
        }
      } catch (BadHanyuPinyinOutputFormatCombination e) {
        throw new IllegalStateException("a fixed, valid output format", e);
      }
    }
    return out.toString();
  }

  private static HanyuPinyinOutputFormat format() {
    var format = new HanyuPinyinOutputFormat();
    format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    format.setVCharType(HanyuPinyinVCharType.WITH_V);
    return format;
  }
}
