package org.constable.web.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.RosterRow;
import org.constable.web.shell.Texts;
import org.junit.jupiter.api.Test;

class RosterExportTest {

  private static final Map<String, String> NAMES =
      Map.of("JS1", "一级警司", "KY", "科员", "ZA", "治安", "FZY", "法制员");

  @Test
  void anExportedRecordReadsBackAsTheSameInput() throws IOException {
    OfficerInput record =
        OfficerInput.of(
            "700001",
            "李娜",
            "蒙古族",
            "15****************",
            "2008-07-01",
            "2008-09-01",
            "RECRUITMENT",
            "POLICE",
            null,
            "JS1",
            "KY",
            "ZA",
            "FZY",
            "false",
            "ON_DUTY",
            "BACHELOR",
            "13904780000",
            "150802020000",
            "CPC_MEMBER",
            "2012-07-01",
            "内蒙古巴彦淖尔",
            "内蒙古临河");
    var values =
        new RosterValues(Texts.CHINESE, (list, code) -> NAMES.get(code), code -> "临河区公安分局 / 刑侦大队");
    var out = new ByteArrayOutputStream();
    RosterExport.write(
        List.of("民警名册 2026-12-02", "范围：市公安局；共 1 人"),
        Texts.CHINESE,
        values,
        new OfficerPages<OfficerInput>(first -> first == 0 ? List.of(record) : List.of()),
        out);
    assertReadsBack(record, out.toByteArray());
    // corrected in Excel (here: POI's own workbook, saved again), it still reads back column by
    // column
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      workbook
          .getSheetAt(0)
          .getRow(3)
          .getCell(RosterTemplate.COLUMNS.indexOf("education"))
          .setCellValue("硕士研究生");
      var corrected = new ByteArrayOutputStream();
      workbook.write(corrected);
      java.nio.file.Files.write(
          java.nio.file.Path.of("/tmp/corrected.xlsx"), corrected.toByteArray());
      assertReadsBack(record.with("education", "MASTER"), corrected.toByteArray());
    }
  }

  private static void assertReadsBack(OfficerInput record, byte[] workbook) {
    List<RosterRow> rows =
        RosterFile.read("r.xlsx", new ByteArrayInputStream(workbook), Texts.CHINESE);
    assertEquals(1, rows.size());
    assertEquals(4, rows.get(0).rowNumber());
    OfficerInput read = rows.get(0).input();
    for (String field : RosterTemplate.COLUMNS) {
      String expected =
          switch (field) {
            case "rankCode", "gradeCode", "lineCode", "postCode" -> NAMES.get(record.get(field));
            case "unitCode" -> "临河区公安分局 / 刑侦大队";
            case "frontLine" -> "否";
            default -> record.get(field);
          };
      String got = read.get(field);
      assertEquals(expected, got == null || got.isEmpty() ? null : got, field);
    }
  }
}
