package org.constable.demo.personnel;

import static org.constable.demo.personnel.UnitProfile.Duty.BACK_OFFICE;
import static org.constable.demo.personnel.UnitProfile.Duty.LEGAL;
import static org.constable.demo.personnel.UnitProfile.Duty.OPERATIONAL;
import static org.constable.demo.personnel.UnitProfile.Duty.STATION;
import static org.constable.personnel.UnitKind.BRIGADE;
import static org.constable.personnel.UnitKind.CITY_BUREAU;
import static org.constable.personnel.UnitKind.COUNTY_BUREAU;
import static org.constable.personnel.UnitKind.DEPARTMENT;
import static org.constable.personnel.UnitKind.STATION_RURAL;
import static org.constable.personnel.UnitKind.STATION_TOWN;
import static org.constable.personnel.UnitKind.STATION_URBAN;

import java.util.ArrayList;
import java.util.List;
import org.constable.demo.personnel.UnitProfile.Duty;
import org.constable.personnel.UnitKind;

/**
 * The units of the Bayannur force in tree order, with weights that add up to about the real force
 * of 2,975 officers. Codes are the 6-digit region code followed by six digits: 000000 for a bureau,
 * NN0000 for its departments, NNMM00 for brigades, 5NN000 for police stations.
 */
final class BayannurOrgChart {

  static final String CITY_REGION = "150800";

  private static final String[] STATION_POSTS = {"SQMJ", "SQMJ", "BAMJ", "BAMJ", "ZQ"};

  private final List<UnitProfile> units = new ArrayList<>();

  private BayannurOrgChart() {}

  static List<UnitProfile> units() {
    BayannurOrgChart chart = new BayannurOrgChart();
    chart.city();
    chart.linhe();
    chart.county("150823", "乌拉特前旗公安局", "Urad Front Banner Public Security Bureau");
    chart.station("150823", 1, "乌拉山", "Wulashan", STATION_TOWN, 28);
    chart.station("150823", 2, "西小召", "Xixiaozhao", STATION_TOWN, 18);
    chart.station("150823", 3, "大佘太", "Dashetai", STATION_TOWN, 16);
    chart.station("150823", 4, "额尔登布拉格", "Eerdengbulage", STATION_RURAL, 10);
    chart.county("150821", "五原县公安局", "Wuyuan County Public Security Bureau");
    chart.station("150821", 1, "隆兴昌", "Longxingchang", STATION_URBAN, 40);
    chart.station("150821", 2, "塔尔湖", "Ta'erhu", STATION_TOWN, 18);
    chart.station("150821", 3, "天吉泰", "Tianjitai", STATION_TOWN, 16);
    chart.station("150821", 4, "银定图", "Yindingtu", STATION_RURAL, 10);
    chart.county("150826", "杭锦后旗公安局", "Hanggin Rear Banner Public Security Bureau");
    chart.station("150826", 1, "陕坝", "Shanba", STATION_URBAN, 40);
    chart.station("150826", 2, "头道桥", "Toudaoqiao", STATION_TOWN, 18);
    chart.station("150826", 3, "双庙", "Shuangmiao", STATION_TOWN, 16);
    chart.station("150826", 4, "蛮会", "Manhui", STATION_RURAL, 10);
    chart.county("150824", "乌拉特中旗公安局", "Urad Middle Banner Public Security Bureau");
    chart.station("150824", 1, "海流图", "Hailutu", STATION_TOWN, 26);
    chart.station("150824", 2, "德岭山", "Delingshan", STATION_TOWN, 16);
    chart.station("150824", 3, "乌加河", "Wujiahe", STATION_TOWN, 16);
    chart.station("150824", 4, "甘其毛都", "Ganqimaodu", STATION_TOWN, 18);
    chart.shortStation("150824", 5, "川井", "Chuanjing", STATION_RURAL, 4);
    chart.county("150822", "磴口县公安局", "Dengkou County Public Security Bureau");
    chart.station("150822", 1, "巴彦高勒", "Bayangaole", STATION_TOWN, 28);
    chart.station("150822", 2, "补隆淖", "Bulongnao", STATION_TOWN, 16);
    chart.station("150822", 3, "沙金套海", "Shajintaohai", STATION_RURAL, 10);
    chart.county("150825", "乌拉特后旗公安局", "Urad Rear Banner Public Security Bureau");
    chart.station("150825", 1, "巴音宝力格", "Bayinbaolige", STATION_TOWN, 26);
    chart.shortStation("150825", 2, "潮格温都尔", "Chaogewendu'er", STATION_TOWN, 8);
    chart.station("150825", 3, "获各琦", "Huogeqi", STATION_RURAL, 10);
    return List.copyOf(chart.units);
  }

  private void city() {
    String city = CITY_REGION + "000000";
    add(
        city,
        null,
        "巴彦淖尔市公安局",
        "Bayannur Municipal Public Security Bureau",
        CITY_BUREAU,
        CITY_REGION,
        "ZG",
        25,
        BACK_OFFICE,
        "NQ");
    department(1, "政治部", "Political Department", "ZG", 45, BACK_OFFICE, "NQ");
    department(2, "指挥中心", "Command Center", "ZH", 55, BACK_OFFICE, "ZQ", "ZQ", "NQ");
    department(3, "刑侦支队", "Criminal Investigation Detachment", "XZ", 130, OPERATIONAL, "BAMJ");
    department(4, "交警支队", "Traffic Police Detachment", "JJ", 40, OPERATIONAL, "GLQ", "SGCL");
    String traffic = CITY_REGION + "040000";
    add(
        CITY_REGION + "040100",
        traffic,
        "交警一大队",
        "Traffic Police Brigade No. 1",
        BRIGADE,
        CITY_REGION,
        "JJ",
        90,
        OPERATIONAL,
        "GLQ",
        "GLQ",
        "GLQ",
        "SGCL");
    add(
        CITY_REGION + "040200",
        traffic,
        "交警二大队",
        "Traffic Police Brigade No. 2",
        BRIGADE,
        CITY_REGION,
        "JJ",
        90,
        OPERATIONAL,
        "GLQ",
        "GLQ",
        "GLQ",
        "SGCL");
    add(
        CITY_REGION + "040300",
        traffic,
        "事故处理大队",
        "Accident Handling Brigade",
        BRIGADE,
        CITY_REGION,
        "JJ",
        60,
        OPERATIONAL,
        "SGCL",
        "SGCL",
        "SGCL",
        "SGCL",
        "GLQ");
    department(5, "治安支队", "Public Order Detachment", "ZA", 60, OPERATIONAL, "BAMJ", "ZQ");
    department(6, "巡特警支队", "Patrol and SWAT Detachment", "XT", 220, OPERATIONAL, "ZQ");
    department(7, "网安支队", "Cyber Security Detachment", "WA", 50, OPERATIONAL, "BAMJ");
    department(8, "法制支队", "Legal Affairs Detachment", "FZ", 25, LEGAL, "FZY");
    department(9, "车管所", "Vehicle Administration Office", "JJ", 45, OPERATIONAL, "CG");
    department(
        10, "经侦支队", "Economic Crime Investigation Detachment", "JZ", 50, OPERATIONAL, "BAMJ");
    department(11, "禁毒支队", "Narcotics Control Detachment", "JD", 45, OPERATIONAL, "BAMJ");
    department(12, "监管支队", "Detention Supervision Detachment", "JG", 110, OPERATIONAL, "ZQ");
  }

  private void linhe() {
    String region = "150802";
    String bureau = region + "000000";
    add(
        bureau,
        CITY_REGION + "000000",
        "临河区公安分局",
        "Linhe District Public Security Sub-bureau",
        COUNTY_BUREAU,
        region,
        "ZG",
        20,
        BACK_OFFICE,
        "NQ");
    add(
        region + "010000",
        bureau,
        "政治处",
        "Political Division",
        DEPARTMENT,
        region,
        "ZG",
        12,
        BACK_OFFICE,
        "NQ");
    countyBrigades(region, 70, 80, 15);
    add(
        region + "040000",
        bureau,
        "治安大队",
        "Public Order Brigade",
        DEPARTMENT,
        region,
        "ZA",
        40,
        OPERATIONAL,
        "BAMJ",
        "ZQ");
    station(region, 1, "新华", "Xinhua", STATION_URBAN, 45);
    station(region, 2, "车站", "Chezhan", STATION_URBAN, 45);
    station(region, 3, "解放", "Jiefang", STATION_URBAN, 45);
    station(region, 4, "团结", "Tuanjie", STATION_URBAN, 45);
    station(region, 5, "铁南", "Tienan", STATION_URBAN, 40);
    station(region, 6, "先锋", "Xianfeng", STATION_URBAN, 40);
    station(region, 7, "汇丰", "Huifeng", STATION_URBAN, 40);
    shortStation(region, 8, "北环", "Beihuan", STATION_URBAN, 16);
    station(region, 9, "狼山", "Langshan", STATION_TOWN, 22);
    station(region, 10, "干召庙", "Ganzhaomiao", STATION_TOWN, 22);
    station(region, 11, "乌兰图克", "Wulantuke", STATION_TOWN, 20);
    station(region, 12, "八一", "Bayi", STATION_RURAL, 10);
  }

  private void county(String region, String nameZh, String nameEn) {
    String bureau = region + "000000";
    add(
        bureau,
        CITY_REGION + "000000",
        nameZh,
        nameEn,
        COUNTY_BUREAU,
        region,
        "ZG",
        12,
        BACK_OFFICE,
        "NQ");
    add(
        region + "010000",
        bureau,
        "政工室",
        "Political Office",
        DEPARTMENT,
        region,
        "ZG",
        7,
        BACK_OFFICE,
        "NQ");
    countyBrigades(region, 35, 40, 8);
  }

  private void countyBrigades(String region, int crime, int traffic, int legal) {
    String bureau = region + "000000";
    add(
        region + "020000",
        bureau,
        "刑侦大队",
        "Criminal Investigation Brigade",
        DEPARTMENT,
        region,
        "XZ",
        crime,
        OPERATIONAL,
        "BAMJ");
    add(
        region + "030000",
        bureau,
        "交警大队",
        "Traffic Police Brigade",
        DEPARTMENT,
        region,
        "JJ",
        traffic,
        OPERATIONAL,
        "GLQ",
        "GLQ",
        "SGCL");
    add(
        region + "050000",
        bureau,
        "法制大队",
        "Legal Affairs Brigade",
        DEPARTMENT,
        region,
        "FZ",
        legal,
        LEGAL,
        "FZY");
  }

  private void department(
      int number,
      String nameZh,
      String nameEn,
      String line,
      int weight,
      Duty duty,
      String... posts) {
    add(
        CITY_REGION + String.format("%02d0000", number),
        CITY_REGION + "000000",
        nameZh,
        nameEn,
        DEPARTMENT,
        CITY_REGION,
        line,
        weight,
        duty,
        posts);
  }

  private void station(
      String region, int number, String placeZh, String placeEn, UnitKind kind, int weight) {
    units.add(stationProfile(region, number, placeZh, placeEn, kind, weight, 0));
  }

  private void shortStation(
      String region, int number, String placeZh, String placeEn, UnitKind kind, int headcount) {
    units.add(stationProfile(region, number, placeZh, placeEn, kind, headcount, headcount));
  }

  private static UnitProfile stationProfile(
      String region,
      int number,
      String placeZh,
      String placeEn,
      UnitKind kind,
      int weight,
      int fixedHeadcount) {
    DemoUnit unit =
        new DemoUnit(
            region + String.format("5%02d000", number),
            region + "000000",
            placeZh + "派出所",
            placeEn + " Police Station",
            kind,
            region);
    return new UnitProfile(unit, "ZA", weight, List.of(STATION_POSTS), STATION, fixedHeadcount);
  }

  private void add(
      String code,
      String parent,
      String nameZh,
      String nameEn,
      UnitKind kind,
      String region,
      String line,
      int weight,
      Duty duty,
      String... posts) {
    DemoUnit unit = new DemoUnit(code, parent, nameZh, nameEn, kind, region);
    units.add(new UnitProfile(unit, line, weight, List.of(posts), duty, 0));
  }
}
