package org.constable.web.personnel;

import java.io.Serializable;
import org.constable.personnel.OfficerInput;

/** The edit form's fields as typed: text until the service parses it. */
public class OfficerForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String policeNumber;
  private String name;
  private String ethnicity;
  private String idNumber;
  private String firstEmploymentDate;
  private String policeJoinDate;
  private String entryChannel;
  private String category;
  private String uniformNumber;
  private String rankCode;
  private String gradeCode;
  private String lineCode;
  private String postCode;
  private boolean frontLine;
  private String status;
  private String education;
  private String phone;
  private String unitCode;
  private String politicalStatus;
  private String partyJoinDate;
  private String nativePlace;
  private String birthPlace;

  static OfficerForm of(OfficerInput in) {
    var form = new OfficerForm();
    form.policeNumber = in.policeNumber();
    form.name = in.name();
    form.ethnicity = in.ethnicity();
    form.idNumber = in.idNumber();
    form.firstEmploymentDate = in.firstEmploymentDate();
    form.policeJoinDate = in.policeJoinDate();
    form.entryChannel = in.entryChannel();
    form.category = in.category();
    form.uniformNumber = in.uniformNumber();
    form.rankCode = in.rankCode();
    form.gradeCode = in.gradeCode();
    form.lineCode = in.lineCode();
    form.postCode = in.postCode();
    form.frontLine = Boolean.parseBoolean(in.frontLine());
    form.status = in.status();
    form.education = in.education();
    form.phone = in.phone();
    form.unitCode = in.unitCode();
    form.politicalStatus = in.politicalStatus();
    form.partyJoinDate = in.partyJoinDate();
    form.nativePlace = in.nativePlace();
    form.birthPlace = in.birthPlace();
    return form;
  }

  /** A new record starts on duty, as a recruited police officer. */
  static OfficerForm blank() {
    return of(
        OfficerInput.of(
            null,
            null,
            "汉族",
            null,
            null,
            null,
            "RECRUITMENT",
            "POLICE",
            null,
            null,
            null,
            null,
            null,
            "false",
            "ON_DUTY",
            "BACHELOR",
            null,
            null));
  }

  OfficerInput toInput() {
    return new OfficerInput(
        policeNumber,
        name,
        ethnicity,
        idNumber,
        firstEmploymentDate,
        policeJoinDate,
        entryChannel,
        category,
        uniformNumber,
        rankCode,
        gradeCode,
        lineCode,
        postCode,
        String.valueOf(frontLine),
        status,
        education,
        phone,
        unitCode,
        politicalStatus,
        partyJoinDate,
        nativePlace,
        birthPlace);
  }

  public String getPoliceNumber() {
    return policeNumber;
  }

  public void setPoliceNumber(String policeNumber) {
    this.policeNumber = policeNumber;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public void setEthnicity(String ethnicity) {
    this.ethnicity = ethnicity;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getFirstEmploymentDate() {
    return firstEmploymentDate;
  }

  public void setFirstEmploymentDate(String firstEmploymentDate) {
    this.firstEmploymentDate = firstEmploymentDate;
  }

  public String getPoliceJoinDate() {
    return policeJoinDate;
  }

  public void setPoliceJoinDate(String policeJoinDate) {
    this.policeJoinDate = policeJoinDate;
  }

  public String getEntryChannel() {
    return entryChannel;
  }

  public void setEntryChannel(String entryChannel) {
    this.entryChannel = entryChannel;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getUniformNumber() {
    return uniformNumber;
  }

  public void setUniformNumber(String uniformNumber) {
    this.uniformNumber = uniformNumber;
  }

  public String getRankCode() {
    return rankCode;
  }

  public void setRankCode(String rankCode) {
    this.rankCode = rankCode;
  }

  public String getGradeCode() {
    return gradeCode;
  }

  public void setGradeCode(String gradeCode) {
    this.gradeCode = gradeCode;
  }

  public String getLineCode() {
    return lineCode;
  }

  public void setLineCode(String lineCode) {
    this.lineCode = lineCode;
  }

  public String getPostCode() {
    return postCode;
  }

  public void setPostCode(String postCode) {
    this.postCode = postCode;
  }

  public boolean isFrontLine() {
    return frontLine;
  }

  public void setFrontLine(boolean frontLine) {
    this.frontLine = frontLine;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getEducation() {
    return education;
  }

  public void setEducation(String education) {
    this.education = education;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getPoliticalStatus() {
    return politicalStatus;
  }

  public void setPoliticalStatus(String politicalStatus) {
    this.politicalStatus = politicalStatus;
  }

  public String getPartyJoinDate() {
    return partyJoinDate;
  }

  public void setPartyJoinDate(String partyJoinDate) {
    this.partyJoinDate = partyJoinDate;
  }

  public String getNativePlace() {
    return nativePlace;
  }

  public void setNativePlace(String nativePlace) {
    this.nativePlace = nativePlace;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public void setBirthPlace(String birthPlace) {
    this.birthPlace = birthPlace;
  }
}
