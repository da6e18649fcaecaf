package org.constable.demo.personnel;

import java.time.LocalDate;
import org.constable.personnel.Education;
import org.constable.personnel.EntryChannel;
import org.constable.personnel.Gender;
import org.constable.personnel.IdNumber;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.PoliceNumber;

/**
 * One generated member of the force. Civilian and auxiliary staff get a police number from the
 * 9xxxxx range (log-in is by police number) and a uniform number; police officers have none, and
 * only police officers have a rank and a grade. For staff, {@code policeJoinDate} is the date they
 * were hired by the bureau. Codes refer to {@link org.constable.personnel.ReferenceData}.
 */
public record DemoOfficer(
    PoliceNumber policeNumber,
    String name,
    Gender gender,
    String ethnicity,
    IdNumber idNumber,
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
    String unitCode) {}
