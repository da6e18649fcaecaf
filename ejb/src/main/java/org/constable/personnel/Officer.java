package org.constable.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.constable.audit.Concealed;
import org.constable.personnel.OfficerHistoryEntry.Attribute;
import org.constable.platform.NamePinyin;

/** A member of the force: police officer, civilian or auxiliary staff. */
@Entity
@Table(name = "officer")
@NamedQuery(
    name = "Officer.findByPoliceNumber",
    query = "SELECT o FROM Officer o WHERE o.policeNumber = :policeNumber")
public class Officer {

  @Id
  @SequenceGenerator(name = "officer_seq", sequenceName = "officer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "officer_seq")
  private Long id;

  @Column(name = "police_number", nullable = false, unique = true)
  private String policeNumber;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Gender gender;

  @Column(nullable = false)
  private String ethnicity;

  @Column(name = "id_number", nullable = false)
  private String idNumber;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "first_employment_date", nullable = false)
  private LocalDate firstEmploymentDate;

  @Column(name = "police_join_date")
  private LocalDate policeJoinDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_channel", nullable = false)
  private EntryChannel entryChannel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PersonnelCategory category;

  @Column(name = "uniform_number")
  private String uniformNumber;

  @Column(name = "rank_code")
  private String rankCode;

  @Column(name = "grade_code")
  private String gradeCode;

  @Column(name = "line_code")
  private String lineCode;

  @Column(name = "post_code")
  private String postCode;

  @Column(name = "front_line")
  private boolean frontLine;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OfficerStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Education education;

  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "political_status")
  private PoliticalStatus politicalStatus;

  @Column(name = "party_join_date")
  private LocalDate partyJoinDate;

  @Column(name = "native_place")
  private String nativePlace;

  @Column(name = "birth_place")
  private String birthPlace;

  /** Kept in step with the name: what the list sorts by and a search in pinyin finds. */
  @Column(name = "name_pinyin")
  private String namePinyin;

  @Column(name = "name_initials")
  private String nameInitials;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private OrgUnit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "mentor_id")
  private Officer mentor;

  @Version private long version;

  protected Officer() {}

  /** A new record; gender and birth date come from the ID number, so they always agree. */
  public Officer(OfficerData data, OrgUnit unit) {
    this.policeNumber = data.policeNumber().value();
    take(data, unit);
  }

  private void take(OfficerData data, OrgUnit newUnit) {
    this.name = data.name();
    this.ethnicity = data.ethnicity();
    this.idNumber = data.idNumber().value();
    this.gender = data.idNumber().gender();
    this.birthDate = data.idNumber().birthDate();
    this.firstEmploymentDate = data.firstEmploymentDate();
    this.policeJoinDate = data.policeJoinDate();
    this.entryChannel = data.entryChannel();
    this.category = data.category();
    this.uniformNumber = data.uniformNumber();
    this.rankCode = data.rankCode();
    this.gradeCode = data.gradeCode();
    this.lineCode = data.lineCode();
    this.postCode = data.postCode();
    this.frontLine = data.frontLine();
    this.status = data.status();
    this.education = data.education();
    this.phone = data.phone();
    this.politicalStatus = data.politicalStatus();
    this.partyJoinDate = data.partyJoinDate();
    this.nativePlace = data.nativePlace();
    this.birthPlace = data.birthPlace();
    this.namePinyin = NamePinyin.key(name);
    this.nameInitials = NamePinyin.initials(name);
    this.unit = newUnit;
  }

  /**
   * Takes the new values of the record. Changes of unit, post, grade, rank, line, status and
   * education are returned as dated history entries for the caller to persist; corrections of
   * personal data are audited, not historised.
   */
  public List<OfficerHistoryEntry> update(OfficerData data, OrgUnit newUnit, HistoryStamp stamp) {
    var history = new ArrayList<OfficerHistoryEntry>();
    transferTo(newUnit, stamp).ifPresent(history::add);
    changePost(data.postCode(), stamp).ifPresent(history::add);
    changeGrade(data.gradeCode(), stamp).ifPresent(history::add);
    changeRank(data.rankCode(), stamp).ifPresent(history::add);
    changeLine(data.lineCode(), stamp).ifPresent(history::add);
    changeStatus(data.status(), stamp).ifPresent(history::add);
    recordEducation(data.education(), stamp).ifPresent(history::add);
    take(data, newUnit);
    return history;
  }

  /** 调动: the officer moves to another unit. */
  public Optional<OfficerHistoryEntry> transferTo(OrgUnit newUnit, HistoryStamp stamp) {
    var entry = entry(Attribute.UNIT, unit.getCode(), newUnit.getCode(), stamp);
    unit = newUnit;
    return entry;
  }

  public Optional<OfficerHistoryEntry> changePost(String newPostCode, HistoryStamp stamp) {
    var entry = entry(Attribute.POST, postCode, newPostCode, stamp);
    postCode = newPostCode;
    return entry;
  }

  /** A grade raised by promotion or lowered, e.g. after a 不称职 evaluation. */
  public Optional<OfficerHistoryEntry> changeGrade(String newGradeCode, HistoryStamp stamp) {
    var entry = entry(Attribute.GRADE, gradeCode, newGradeCode, stamp);
    gradeCode = newGradeCode;
    return entry;
  }

  /** 晋升警衔 (or, rarely, a rank taken away). */
  public Optional<OfficerHistoryEntry> changeRank(String newRankCode, HistoryStamp stamp) {
    var entry = entry(Attribute.RANK, rankCode, newRankCode, stamp);
    rankCode = newRankCode;
    return entry;
  }

  public Optional<OfficerHistoryEntry> changeLine(String newLineCode, HistoryStamp stamp) {
    var entry = entry(Attribute.LINE, lineCode, newLineCode, stamp);
    lineCode = newLineCode;
    return entry;
  }

  /** E.g. 离岗培训 after a failed retraining, back on duty after it. */
  public Optional<OfficerHistoryEntry> changeStatus(OfficerStatus newStatus, HistoryStamp stamp) {
    var entry = entry(Attribute.STATUS, status.name(), newStatus.name(), stamp);
    status = newStatus;
    return entry;
  }

  /** The highest completed education, e.g. a degree earned in service. */
  public Optional<OfficerHistoryEntry> recordEducation(Education newLevel, HistoryStamp stamp) {
    var entry = entry(Attribute.EDUCATION, education.name(), newLevel.name(), stamp);
    education = newLevel;
    return entry;
  }

  private Optional<OfficerHistoryEntry> entry(
      Attribute attribute, String from, String to, HistoryStamp stamp) {
    if (Objects.equals(from, to)) {
      return Optional.empty();
    }
    return Optional.of(new OfficerHistoryEntry(this, attribute, from, to, stamp));
  }

  /** 传帮带: an experienced officer of the same unit guides this recruit. */
  void assignMentor(Officer newMentor) {
    this.mentor = newMentor;
  }

  /** The record as the form and the roster show it. */
  public OfficerInput toInput() {
    return new OfficerInput(
        policeNumber,
        name,
        ethnicity,
        idNumber,
        String.valueOf(firstEmploymentDate),
        policeJoinDate == null ? null : policeJoinDate.toString(),
        entryChannel.name(),
        category.name(),
        uniformNumber,
        rankCode,
        gradeCode,
        lineCode,
        postCode,
        frontLine ? "true" : "false",
        status.name(),
        education.name(),
        phone,
        unit.getCode(),
        politicalStatus == null ? null : politicalStatus.name(),
        partyJoinDate == null ? null : partyJoinDate.toString(),
        nativePlace,
        birthPlace);
  }

  /** Every field of the record as an audit entry compares it; the ID number written masked. */
  public java.util.Map<String, Object> auditSnapshot() {
    var snapshot = new java.util.LinkedHashMap<String, Object>();
    snapshot.put("policeNumber", policeNumber);
    snapshot.put("name", name);
    snapshot.put("gender", gender);
    snapshot.put("ethnicity", ethnicity);
    snapshot.put("idNumber", new Concealed(idNumber, getMaskedIdNumber()));
    snapshot.put("birthDate", birthDate);
    snapshot.put("firstEmploymentDate", firstEmploymentDate);
    snapshot.put("policeJoinDate", policeJoinDate);
    snapshot.put("entryChannel", entryChannel);
    snapshot.put("unit", unit.getCode());
    snapshot.put("category", category);
    snapshot.put("uniformNumber", uniformNumber);
    snapshot.put("status", status);
    snapshot.put("rank", rankCode);
    snapshot.put("grade", gradeCode);
    snapshot.put("line", lineCode);
    snapshot.put("post", postCode);
    snapshot.put("frontLine", frontLine);
    snapshot.put("education", education);
    snapshot.put("phone", phone);
    snapshot.put("politicalStatus", politicalStatus);
    snapshot.put("partyJoinDate", partyJoinDate);
    snapshot.put("nativePlace", nativePlace);
    snapshot.put("birthPlace", birthPlace);
    snapshot.put("mentor", mentor == null ? null : mentor.getPoliceNumber());
    return snapshot;
  }

  /** The whole ID number; pages show {@link #getMaskedIdNumber()} unless HR asks for it. */
  public String getIdNumber() {
    return idNumber;
  }

  public String getMaskedIdNumber() {
    return IdNumber.masked(idNumber);
  }

  public Gender getGender() {
    return gender;
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public LocalDate getFirstEmploymentDate() {
    return firstEmploymentDate;
  }

  public LocalDate getPoliceJoinDate() {
    return policeJoinDate;
  }

  public EntryChannel getEntryChannel() {
    return entryChannel;
  }

  public PersonnelCategory getCategory() {
    return category;
  }

  public String getUniformNumber() {
    return uniformNumber;
  }

  public String getRankCode() {
    return rankCode;
  }

  public String getGradeCode() {
    return gradeCode;
  }

  public String getLineCode() {
    return lineCode;
  }

  public String getPostCode() {
    return postCode;
  }

  public boolean isFrontLine() {
    return frontLine;
  }

  public OfficerStatus getStatus() {
    return status;
  }

  public Education getEducation() {
    return education;
  }

  public String getPhone() {
    return phone;
  }

  public PoliticalStatus getPoliticalStatus() {
    return politicalStatus;
  }

  public LocalDate getPartyJoinDate() {
    return partyJoinDate;
  }

  public String getNativePlace() {
    return nativePlace;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public Officer getMentor() {
    return mentor;
  }

  public Long getId() {
    return id;
  }

  public String getPoliceNumber() {
    return policeNumber;
  }

  public String getName() {
    return name;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  public long getVersion() {
    return version;
  }
}
