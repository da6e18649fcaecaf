package org.constable.personnel;

import java.io.Serializable;
import java.time.LocalDate;

/** An officer as its record page shows it, with the ID number masked. */
public record OfficerDetails(
    Long id,
    String policeNumber,
    String name,
    Gender gender,
    String ethnicity,
    String maskedIdNumber,
    LocalDate birthDate,
    LocalDate firstEmploymentDate,
    LocalDate policeJoinDate,
    EntryChannel entryChannel,
    PersonnelCategory category,
    String uniformNumber,
    String rankCode,
    String gradeCode,
    String lineCode,
    String postCode,
    boolean frontLine,
    OfficerStatus status,
    Education education,
    String phone,
    Long unitId,
    String unitNameZh,
    String unitNameEn,
    String mentorPoliceNumber,
    String mentorName,
    PoliticalStatus politicalStatus,
    LocalDate partyJoinDate,
    String nativePlace,
    String birthPlace,
    long version)
    implements Serializable {

  static OfficerDetails of(Officer o) {
    OrgUnit unit = o.getUnit();
    Officer mentor = o.getMentor();
    return new OfficerDetails(
        o.getId(),
        o.getPoliceNumber(),
        o.getName(),
        o.getGender(),
        o.getEthnicity(),
        o.getMaskedIdNumber(),
        o.getBirthDate(),
        o.getFirstEmploymentDate(),
        o.getPoliceJoinDate(),
        o.getEntryChannel(),
        o.getCategory(),
        o.getUniformNumber(),
        o.getRankCode(),
        o.getGradeCode(),
        o.getLineCode(),
        o.getPostCode(),
        o.isFrontLine(),
        o.getStatus(),
        o.getEducation(),
        o.getPhone(),
        unit.getId(),
        unit.getLabelZh(),
        unit.getLabelEn(),
        mentor == null ? null : mentor.getPoliceNumber(),
        mentor == null ? null : mentor.getName(),
        o.getPoliticalStatus(),
        o.getPartyJoinDate(),
        o.getNativePlace(),
        o.getBirthPlace(),
        o.getVersion());
  }
}
