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
    String phone)
    implements Serializable {}
