package org.constable.personnel;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a reference list (rank, grade, police line, post) with its names in both languages,
 * to seed the reference tables. Lists are ordered by {@code sortOrder}; ranks and grades go from
 * lowest to highest.
 */
public record ReferenceData(String code, String nameZh, String nameEn, int sortOrder) {

  /** Police ranks (警衔) from 二级警员 up, as in the People's Police Rank Regulations. */
  public static List<ReferenceData> ranks() {
    return list(
        "JY2",
        "二级警员",
        "Constable, Second Class",
        "JY1",
        "一级警员",
        "Constable, First Class",
        "JS3",
        "三级警司",
        "Inspector, Third Class",
        "JS2",
        "二级警司",
        "Inspector, Second Class",
        "JS1",
        "一级警司",
        "Inspector, First Class",
        "JD3",
        "三级警督",
        "Superintendent, Third Class",
        "JD2",
        "二级警督",
        "Superintendent, Second Class",
        "JD1",
        "一级警督",
        "Superintendent, First Class",
        "JG3",
        "三级警监",
        "Commissioner, Third Class",
        "JG2",
        "二级警监",
        "Commissioner, Second Class",
        "JG1",
        "一级警监",
        "Commissioner, First Class");
  }

  /** Civil-service grades (职级) from 科员 up. */
  public static List<ReferenceData> grades() {
    return list(
        "KY",
        "科员",
        "Section Member",
        "FZRKY",
        "副主任科员",
        "Deputy Principal Staff Member",
        "ZRKY",
        "主任科员",
        "Principal Staff Member",
        "FKJ",
        "副科级",
        "Deputy Section Chief Level",
        "ZKJ",
        "正科级",
        "Section Chief Level",
        "FCJ",
        "副处级",
        "Deputy Division Chief Level",
        "ZCJ",
        "正处级",
        "Division Chief Level");
  }

  /** Police lines (警种). */
  public static List<ReferenceData> policeLines() {
    return list(
        "ZA",
        "治安",
        "Public Order",
        "XZ",
        "刑侦",
        "Criminal Investigation",
        "JJ",
        "交警",
        "Traffic Police",
        "XT",
        "巡特警",
        "Patrol and Special Police",
        "WA",
        "网安",
        "Cyber Security",
        "FZ",
        "法制",
        "Legal Affairs",
        "JD",
        "禁毒",
        "Narcotics Control",
        "JG",
        "监管",
        "Detention Supervision",
        "ZG",
        "政工",
        "Political Work",
        "ZH",
        "指挥",
        "Command",
        "JZ",
        "经侦",
        "Economic Crime Investigation");
  }

  /** Posts (岗位); some carry certificate requirements (法制员, 事故处理, 岗路勤, 车管). */
  public static List<ReferenceData> posts() {
    return list(
        "FZY",
        "法制员",
        "Legal Officer",
        "SGCL",
        "事故处理",
        "Accident Handling",
        "GLQ",
        "岗路勤",
        "Road Duty",
        "CG",
        "车管",
        "Vehicle Administration",
        "SQMJ",
        "社区民警",
        "Community Officer",
        "BAMJ",
        "办案民警",
        "Case Officer",
        "NQ",
        "内勤",
        "Office Duty",
        "LD",
        "领导",
        "Leadership",
        "ZQ",
        "执勤",
        "Patrol Duty");
  }

  private static List<ReferenceData> list(String... triples) {
    List<ReferenceData> entries = new ArrayList<>();
    for (int i = 0; i < triples.length; i += 3) {
      entries.add(new ReferenceData(triples[i], triples[i + 1], triples[i + 2], (i / 3 + 1) * 10));
    }
    return List.copyOf(entries);
  }
}
