package org.constable.personnel;

import java.util.List;
import org.constable.reference.ReferenceCodes;
import org.constable.reference.ReferenceEntry;

/**
 * A few entries of the personnel lists, as the tests of the parser need them; the real lists live
 * only in the database (migration V2), and the in-container tests read them there.
 */
final class TestCodes {

  private TestCodes() {}

  static ReferenceCodes some() {
    return ReferenceCodes.of(
        List.of(
            entry(PersonnelLists.RANK, "JS1", "一级警司", "Inspector, First Class"),
            entry(PersonnelLists.RANK, "JD2", "二级警督", "Superintendent, Second Class"),
            entry(PersonnelLists.GRADE, "KY", "科员", "Section Member"),
            entry(PersonnelLists.LINE, "ZA", "治安", "Public Order"),
            entry(PersonnelLists.POST, "SQMJ", "社区民警", "Community Officer"),
            entry(PersonnelLists.POST, "FZY", "法制员", "Legal Officer")));
  }

  private static ReferenceEntry entry(String list, String code, String nameZh, String nameEn) {
    return new ReferenceEntry(list, code, nameZh, nameEn, 10, true, 0);
  }
}
