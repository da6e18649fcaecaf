package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceDataTest {

  private static List<ReferenceData> list(String name) {
    Supplier<List<ReferenceData>> supplier =
        switch (name) {
          case "ranks" -> ReferenceData::ranks;
          case "grades" -> ReferenceData::grades;
          case "policeLines" -> ReferenceData::policeLines;
          case "posts" -> ReferenceData::posts;
          default -> throw new IllegalArgumentException(name);
        };
    return supplier.get();
  }

  @ParameterizedTest
  @CsvSource({
    "ranks,       11, JY2 JY1 JS3 JS2 JS1 JD3 JD2 JD1 JG3 JG2 JG1",
    "grades,      7,  KY FZRKY ZRKY FKJ ZKJ FCJ ZCJ",
    "policeLines, 11, ZA XZ JJ XT WA FZ JD JG ZG ZH JZ",
    "posts,       9,  FZY SGCL GLQ CG SQMJ BAMJ NQ LD ZQ",
  })
  void listsCodesInOrder(String name, int size, String codes) {
    List<ReferenceData> entries = list(name);

    assertEquals(size, entries.size());
    assertEquals(codes, entries.stream().map(ReferenceData::code).collect(Collectors.joining(" ")));
    for (int i = 1; i < entries.size(); i++) {
      assertTrue(entries.get(i - 1).sortOrder() < entries.get(i).sortOrder());
    }
    for (ReferenceData entry : entries) {
      assertFalse(entry.nameZh().isBlank(), entry.code());
      assertFalse(entry.nameEn().isBlank(), entry.code());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "ranks,       JY2,   二级警员,   'Constable, Second Class'",
    "ranks,       JS1,   一级警司,   'Inspector, First Class'",
    "ranks,       JD1,   一级警督,   'Superintendent, First Class'",
    "ranks,       JG3,   三级警监,   'Commissioner, Third Class'",
    "grades,      FZRKY, 副主任科员, Deputy Principal Staff Member",
    "grades,      ZCJ,   正处级,     Division Chief Level",
    "policeLines, XT,    巡特警,     Patrol and Special Police",
    "policeLines, JZ,    经侦,       Economic Crime Investigation",
    "posts,       GLQ,   岗路勤,     Road Duty",
    "posts,       SQMJ,  社区民警,   Community Officer",
  })
  void namesInBothLanguages(String name, String code, String nameZh, String nameEn) {
    ReferenceData entry =
        list(name).stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();

    assertEquals(nameZh, entry.nameZh());
    assertEquals(nameEn, entry.nameEn());
  }
}
