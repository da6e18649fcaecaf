package org.constable.demo.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoUnitsTest {

  private final List<DemoUnit> units = DemoForce.bayannur(LocalDate.of(2026, 11, 29)).units();

  private DemoUnit named(String nameZh, String regionCode) {
    return units.stream()
        .filter(unit -> unit.nameZh().equals(nameZh) && unit.regionCode().equals(regionCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError(nameZh + " in " + regionCode));
  }

  @Test
  void formsOneTreeWithParentsFirst() {
    Map<String, DemoUnit> seen = new HashMap<>();
    for (DemoUnit unit : units) {
      assertTrue(unit.code().matches("\\d{12}") && unit.code().startsWith(unit.regionCode()));
      assertFalse(unit.nameZh().isBlank() || unit.nameEn().isBlank(), unit.code());
      if (unit.parentCode() == null) {
        assertEquals(UnitKind.CITY_BUREAU, unit.kind());
      } else {
        assertTrue(seen.containsKey(unit.parentCode()), "parent after child " + unit);
      }
      assertNull(seen.put(unit.code(), unit), "repeated " + unit.code());
    }
    assertTrue(units.size() >= 60 && units.size() <= 90, units.size() + " units");
    assertEquals(1, units.stream().filter(unit -> unit.parentCode() == null).count());
  }

  @ParameterizedTest
  @CsvSource({
    "巴彦淖尔市公安局, 150800, CITY_BUREAU,   ",
    "临河区公安分局,   150802, COUNTY_BUREAU, 巴彦淖尔市公安局",
    "五原县公安局,     150821, COUNTY_BUREAU, 巴彦淖尔市公安局",
    "磴口县公安局,     150822, COUNTY_BUREAU, 巴彦淖尔市公安局",
    "乌拉特前旗公安局, 150823, COUNTY_BUREAU, 巴彦淖尔市公安局",
    "乌拉特中旗公安局, 150824, COUNTY_BUREAU, 巴彦淖尔市公安局",
    "乌拉特后旗公安局, 150825, COUNTY_BUREAU, 巴彦淖尔市公安局",
    "杭锦后旗公安局,   150826, COUNTY_BUREAU, 巴彦淖尔市公安局",
    "政治部,           150800, DEPARTMENT,    巴彦淖尔市公安局",
    "交警支队,         150800, DEPARTMENT,    巴彦淖尔市公安局",
    "事故处理大队,     150800, BRIGADE,       交警支队",
    "车管所,           150800, DEPARTMENT,    巴彦淖尔市公安局",
    "监管支队,         150800, DEPARTMENT,    巴彦淖尔市公安局",
    "政治处,           150802, DEPARTMENT,    临河区公安分局",
    "法制大队,         150825, DEPARTMENT,    乌拉特后旗公安局",
    "新华派出所,       150802, STATION_URBAN, 临河区公安分局",
    "隆兴昌派出所,     150821, STATION_URBAN, 五原县公安局",
    "狼山派出所,       150802, STATION_TOWN,  临河区公安分局",
    "川井派出所,       150824, STATION_RURAL, 乌拉特中旗公安局",
  })
  void holdsTheUnitsOfBayannur(String nameZh, String region, UnitKind kind, String parentZh) {
    DemoUnit unit = named(nameZh, region);

    assertEquals(kind, unit.kind());
    if (parentZh == null) {
      assertNull(unit.parentCode());
    } else {
      DemoUnit parent =
          units.stream().filter(u -> u.code().equals(unit.parentCode())).findFirst().orElseThrow();
      assertEquals(parentZh, parent.nameZh());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "150802, 8, 3, 1",
    "150821, 1, 2, 1",
    "150822, 0, 2, 1",
    "150823, 0, 3, 1",
    "150824, 0, 4, 1",
    "150825, 0, 2, 1",
    "150826, 1, 2, 1",
    "150800, 0, 0, 0",
  })
  void givesEveryCountyStationsOfEachKind(String region, int urban, int town, int rural) {
    assertEquals(urban, count(region, UnitKind.STATION_URBAN));
    assertEquals(town, count(region, UnitKind.STATION_TOWN));
    assertEquals(rural, count(region, UnitKind.STATION_RURAL));
    units.stream()
        .filter(unit -> unit.regionCode().equals(region) && unit.kind().isPoliceStation())
        .forEach(
            station -> {
              assertTrue(station.nameZh().endsWith("派出所"), station.nameZh());
              assertTrue(station.nameEn().endsWith(" Police Station"), station.nameEn());
              assertEquals(region + "000000", station.parentCode());
            });
  }

  private long count(String region, UnitKind kind) {
    return units.stream()
        .filter(unit -> unit.regionCode().equals(region) && unit.kind() == kind)
        .count();
  }
}
