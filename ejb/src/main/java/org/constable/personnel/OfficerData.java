package org.constable.personnel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The fields of an officer's record that people enter (form, roster row, first-start setting),
 * already validated into value objects. The unit is given separately.
 */
public record OfficerData(
    PoliceNumber policeNumber,
    String name,
    String ethnicity,
    IdNumber idNumber,
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
    PoliticalStatus politicalStatus,
    LocalDate partyJoinDate,
    String nativePlace,
    String birthPlace)
    implements Serializable {

  /** The data as {@link Officer#toInput()} writes a record: codes and ISO dates. */
  public OfficerInput toInput(String unitCode) {
    return new OfficerInput(
        policeNumber.value(),
        name,
        ethnicity,
        idNumber.value(),
        String.valueOf(firstEmploymentDate),
        text(policeJoinDate),
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
        unitCode,
        politicalStatus == null ? null : politicalStatus.name(),
        text(partyJoinDate),
        nativePlace,
        birthPlace);
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
