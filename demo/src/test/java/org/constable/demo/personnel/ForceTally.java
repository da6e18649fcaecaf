package org.constable.demo.personnel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.constable.personnel.Ages;
import org.constable.personnel.EntryChannel;
import org.constable.personnel.IdNumber;
import org.constable.personnel.PersonnelCategory;

/**
 * Counts the workforce figures of a streamed force and collects every record that breaks a
 * consistency rule. Keeps only counters unless asked to check uniqueness.
 */
final class ForceTally implements Consumer<DemoOfficer> {

  private static final Pattern MOBILE = Pattern.compile("1[358][0-9]{9}");
  // the codes that migration V2 seeds; the in-container DemoDataIT checks the loaded force against
  // the database itself
  private static final Set<String> RANKS = Set.copyOf(Ranks.RANKS);
  private static final Set<String> GRADES =
      Set.of("KY", "FZRKY", "ZRKY", "FKJ", "ZKJ", "FCJ", "ZCJ");
  private static final Set<String> LINES =
      Set.of("ZA", "XZ", "JJ", "XT", "WA", "FZ", "JD", "JG", "ZG", "ZH", "JZ");
  private static final Set<String> POSTS =
      Set.of("FZY", "SGCL", "GLQ", "CG", "SQMJ", "BAMJ", "NQ", "LD", "ZQ");

  private final LocalDate asOf;
  private final Map<String, DemoUnit> units = new HashMap<>();
  private final boolean checkUniqueness;
  private final boolean hashing;
  private final Set<String> policeNumbers = new HashSet<>();
  private final Set<String> idNumbers = new HashSet<>();
  private final Set<String> uniformNumbers = new HashSet<>();
  private final MessageDigest digest;

  final Map<String, Integer> activePoliceByUnit = new HashMap<>();
  final Map<PersonnelCategory, Integer> activeByCategory = new HashMap<>();
  final int[] recruitsByYearsAgo = new int[10];
  final List<String> violations = new ArrayList<>();
  int everyone;
  int activePolice;
  int upTo30;
  int from51;
  long ageSum;
  int highSchoolOrBelow;
  int recentRecruits;
  int frontLine;

  /** Checks uniqueness of numbers (holding them all) and hashes every record if asked. */
  ForceTally(DemoForce force, boolean checkUniqueness, boolean hashing) {
    this.asOf = force.asOf();
    this.checkUniqueness = checkUniqueness;
    this.hashing = hashing;
    force.units().forEach(unit -> units.put(unit.code(), unit));
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void accept(DemoOfficer officer) {
    everyone++;
    if (hashing) {
      digest.update((officer + officer.idNumber().value()).getBytes(StandardCharsets.UTF_8));
    }
    check(officer);
    if (!officer.status().isActive()) {
      return;
    }
    activeByCategory.merge(officer.category(), 1, Integer::sum);
    if (officer.category() != PersonnelCategory.POLICE) {
      return;
    }
    activePolice++;
    activePoliceByUnit.merge(officer.unitCode(), 1, Integer::sum);
    int age = Ages.ageOn(officer.birthDate(), asOf);
    ageSum += age;
    upTo30 += age <= 30 ? 1 : 0;
    from51 += age >= 51 ? 1 : 0;
    highSchoolOrBelow += officer.education().isHighSchoolOrBelow() ? 1 : 0;
    frontLine += officer.frontLine() ? 1 : 0;
    if (officer.entryChannel() == EntryChannel.RECRUITMENT
        && officer.policeJoinDate().isAfter(asOf.minusYears(10))
        && !officer.policeJoinDate().isAfter(asOf)) {
      recentRecruits++;
      recruitsByYearsAgo[Ages.ageOn(officer.policeJoinDate(), asOf)]++;
    }
  }

  String hash() {
    return HexFormat.of().formatHex(digest.digest());
  }

  double averageAge() {
    return (double) ageSum / activePolice;
  }

  private void check(DemoOfficer o) {
    String who = o.policeNumber() + " " + o.name() + ": ";
    DemoUnit unit = units.get(o.unitCode());
    IdNumber id = o.idNumber();
    boolean police = o.category() == PersonnelCategory.POLICE;
    expect(unit != null, who + "unknown unit " + o.unitCode());
    expect(IdNumber.of(id.value(), asOf).equals(id), who + "ID number does not validate");
    expect(id.birthDate().equals(o.birthDate()), who + "ID birth date " + id.birthDate());
    expect(id.gender() == o.gender(), who + "ID gender " + id.gender());
    expect(unit == null || id.regionCode().equals(unit.regionCode()), who + "ID region");
    expect(!o.policeJoinDate().isAfter(asOf), who + "joins after the reference day");
    expect(Ages.ageOn(o.birthDate(), o.policeJoinDate()) >= 18, who + "joins before 18");
    expect(!o.firstEmploymentDate().isAfter(o.policeJoinDate()), who + "first job after joining");
    expect(!o.name().isBlank() && o.ethnicity().endsWith("族"), who + "name or ethnicity");
    expect(MOBILE.matcher(o.phone()).matches(), who + "phone " + o.phone());
    expect(o.policeNumber().value().startsWith("9") != police, who + "police number range");
    expect(police == (o.uniformNumber() == null), who + "uniform number " + o.uniformNumber());
    String uniformPrefix = o.category() == PersonnelCategory.CIVILIAN ? "WZ" : "FJ";
    expect(police || o.uniformNumber().matches(uniformPrefix + "\\d{4,}"), who + "uniform");
    expect(police ? RANKS.contains(o.rankCode()) : o.rankCode() == null, who + o.rankCode());
    expect(police ? GRADES.contains(o.gradeCode()) : o.gradeCode() == null, who + o.gradeCode());
    expect(LINES.contains(o.lineCode()) && POSTS.contains(o.postCode()), who + "line or post");
    expect(!("NQ".equals(o.postCode()) && o.frontLine()), who + "office duty on the front line");
    expect(!("LD".equals(o.postCode()) && o.education().isBelowAssociate()), who + "leader");
    if (unit != null && police && o.status().isActive()) {
      int age = Ages.ageOn(o.birthDate(), asOf);
      expect(age >= 22 && age <= 59, who + "active at " + age);
      expect(postFitsUnit(o, unit), who + o.lineCode() + "/" + o.postCode() + " in " + unit);
    }
    if (checkUniqueness) {
      expect(policeNumbers.add(o.policeNumber().value()), who + "police number repeated");
      expect(idNumbers.add(id.value()), who + "ID number repeated " + id.value());
      expect(police || uniformNumbers.add(o.uniformNumber()), who + "uniform number repeated");
    }
  }

  private static boolean postFitsUnit(DemoOfficer o, DemoUnit unit) {
    String post = o.postCode();
    if ("LD".equals(post) || "NQ".equals(post)) {
      return true;
    }
    if (unit.kind().isPoliceStation()) {
      return o.lineCode().equals("ZA") && Set.of("SQMJ", "BAMJ", "ZQ").contains(post);
    }
    if (unit.nameZh().contains("交警") || unit.nameZh().contains("事故")) {
      return o.lineCode().equals("JJ") && Set.of("GLQ", "SGCL").contains(post);
    }
    if (unit.nameZh().equals("车管所")) {
      return o.lineCode().equals("JJ") && post.equals("CG");
    }
    if (unit.nameZh().startsWith("法制")) {
      return o.lineCode().equals("FZ") && post.equals("FZY");
    }
    return !Set.of("FZY", "SGCL", "GLQ", "CG", "SQMJ").contains(post);
  }

  private void expect(boolean condition, String violation) {
    if (!condition && violations.size() < 20) {
      violations.add(violation);
    }
  }
}
