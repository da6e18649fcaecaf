package org.constable.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A Chinese name as people spell it in a password: whole ({@code wangwei}), given name first
 * ({@code weiwang}), and the given name alone ({@code wei}). Compound surnames (欧阳, 司马 …) stay
 * together; a character with several readings takes its first.
 */
public final class NamePinyin {

  private static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "尉迟", "公孙", "长孙", "宇文", "司徒", "夏侯", "端木",
          "独孤", "南宫", "西门", "轩辕", "呼延");

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
