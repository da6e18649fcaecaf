package org.constable.it.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;
import org.constable.it.AsUser;
import org.constable.it.Deployments;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.reference.ReferenceEntry;
import org.constable.reference.ReferenceListView;
import org.constable.reference.ReferenceLists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference lists as the migrations declared and seeded them: the database is the seed. */
@ExtendWith(ArquillianExtension.class)
class ReferenceListsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(ReferenceListsIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject ReferenceLists lists;

  @Test
  void personnelDeclaresItsFourListsWithTheirNames() throws Exception {
    List<ReferenceListView> declared = AsUser.call(em, "officer", lists::lists);
    var personnel = declared.stream().filter(l -> l.capability().equals("personnel")).toList();
    assertEquals(
        List.of("RANK 警衔 Police ranks", "GRADE 职级 Grades", "LINE 警种 Police lines", "POST 岗位 Posts"),
        personnel.stream().map(l -> l.code() + " " + l.nameZh() + " " + l.nameEn()).toList());
  }

  @ParameterizedTest(name = "{0} seeds {1} entries")
  @CsvSource({
    "RANK,  11, JY2 JY1 JS3 JS2 JS1 JD3 JD2 JD1 JG3 JG2 JG1",
    "GRADE, 7,  KY FZRKY ZRKY FKJ ZKJ FCJ ZCJ",
    "LINE,  11, ZA XZ JJ XT WA FZ JD JG ZG ZH JZ",
  })
  void theSeededListsHoldTheirCodesInOrder(String list, int size, String codes) throws Exception {
    List<ReferenceEntry> entries = AsUser.call(em, "officer", () -> lists.entries(list));
    List<ReferenceEntry> seeded = entries.subList(0, size);
    assertEquals(codes, seeded.stream().map(ReferenceEntry::code).collect(Collectors.joining(" ")));
    for (int i = 1; i < seeded.size(); i++) {
      assertTrue(seeded.get(i - 1).sortOrder() < seeded.get(i).sortOrder());
    }
    seeded.forEach(e -> assertFalse(e.nameZh().isBlank() || e.nameEn().isBlank(), e.code()));
  }

  @ParameterizedTest(name = "{0} {1} is {2} / {3}")
  @CsvSource({
    "RANK,  JY2,   二级警员,   'Constable, Second Class'",
    "RANK,  JD1,   一级警督,   'Superintendent, First Class'",
    "GRADE, FZRKY, 副主任科员, Deputy Principal Staff Member",
    "LINE,  XT,    巡特警,     Patrol and Special Police",
    "POST,  GLQ,   岗路勤,     Road Duty",
    "POST,  SQMJ,  社区民警,   Community Officer",
  })
  void entriesHaveNamesInBothLanguages(String list, String code, String zh, String en)
      throws Exception {
    ReferenceEntry entry =
        AsUser.call(em, "officer", () -> lists.entries(list)).stream()
            .filter(e -> e.code().equals(code))
            .findFirst()
            .orElseThrow();
    assertEquals(zh, entry.nameZh());
    assertEquals(en, entry.nameEn());
  }

  @Test
  void onlyDeclaredListsTakeNewCodesAndOnlyFromAdmin() throws Exception {
    AsUser.run(
        em,
        "admin",
        () -> {
          var e = assertThrows(BusinessException.class, () -> lists.add("NOLIST", "A1", "甲", "A"));
          assertEquals("reference.noSuchList", e.getMessageKey());
        });
    AsUser.run(
        em,
        "hr-city",
        () -> assertThrows(AccessDeniedException.class, () -> lists.add("POST", "A1", "甲", "A")));
    assertThrows(AccessDeniedException.class, lists::lists, "nobody logged in");
  }
}
