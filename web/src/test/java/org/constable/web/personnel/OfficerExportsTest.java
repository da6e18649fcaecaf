package org.constable.web.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.personnel.Gender;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerRow;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.web.shell.Texts;
import org.junit.jupiter.api.Test;

class OfficerExportsTest {

  private static final int TOTAL = 2 * OfficerDirectory.EXPORT_PAGE_SIZE + 17;

  private final List<Integer> pagesAsked = new ArrayList<>();

  private OfficerPages<OfficerRow> pages() {
    return new OfficerPages<>(
        first -> {
          pagesAsked.add(first);
          return IntStream.range(first, Math.min(TOTAL, first + OfficerDirectory.EXPORT_PAGE_SIZE))
              .mapToObj(OfficerExportsTest::officer)
              .toList();
        });
  }

  private static OfficerRow officer(int i) {
    return new OfficerRow(
        (long) i,
        String.valueOf(700000 + i),
        "王伟" + i,
        Gender.MALE,
        "11****************",
        LocalDate.of(1980, 1, 1).plusDays(i),
        1L,
        "临河区公安分局",
        "Linhe Branch",
        PersonnelCategory.POLICE,
        OfficerStatus.ON_DUTY,
        null,
        null);
  }

  private static OfficerListColumns columns() {
    return new OfficerListColumns(Texts.CHINESE, (list, code) -> code);
  }

  @Test
  void theXlsxHoldsEveryRowReadPageByPage() throws IOException {
    var out = new ByteArrayOutputStream();
    OfficerXlsxExport.write(List.of("民警名册 2026-11-29", "范围：市公安局；筛选：在岗"), columns(), pages(), out);
    assertEquals(List.of(0, 1000, 2000), pagesAsked);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertEquals(TOTAL + 2, sheet.getLastRowNum());
      assertEquals("民警名册 2026-11-29", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("范围：市公安局；筛选：在岗", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals("警号", sheet.getRow(2).getCell(0).getStringCellValue());
      assertEquals("700005", sheet.getRow(8).getCell(0).getStringCellValue());
      assertEquals("在岗", sheet.getRow(8).getCell(7).getStringCellValue());
      assertEquals(
          LocalDate.of(1980, 1, 6),
          sheet.getRow(8).getCell(4).getLocalDateTimeCellValue().toLocalDate());
    }
  }

  @Test
  void thePdfSetsChineseInAPageTable() throws IOException {
    var out = new ByteArrayOutputStream();
    OfficerPdfExport.write(
        List.of("民警名册 2026-11-29", "范围：市公安局"), "Page {0} of {1}", columns(), pages(), out);
    assertEquals(List.of(0, 1000, 2000), pagesAsked);
    var reader = new PdfReader(out.toByteArray());
    try {
      int count = reader.getNumberOfPages();
      assertTrue(count > 10, "pages: " + count);
      // each page says where it stands (in the CJK font's two-byte code, UCS-2), the total being a
      // template the writer fills in at the end
      for (int page : new int[] {1, 3, count}) {
        byte[] content = reader.getPageContent(page);
        byte[] label =
            ("Page " + page + " of").getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        assertTrue(contains(content, label), "page " + page + " numbered");
      }
    } finally {
      reader.close();
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
