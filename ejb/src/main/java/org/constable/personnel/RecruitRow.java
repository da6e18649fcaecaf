package org.constable.personnel;

import java.io.Serializable;
import java.time.LocalDate;

/** A recruit and its mentor, as the recruit list shows them. */
public record RecruitRow(
    Long id,
    String policeNumber,
    String name,
    LocalDate policeJoinDate,
    String unitNameZh,
    String unitNameEn,
    String mentorPoliceNumber,
    String mentorName)
    implements Serializable {

  static final String SELECT =
      "SELECT NEW org.constable.personnel.RecruitRow(o.id, o.policeNumber, o.name, o.policeJoinDate,"
          + " u.labelZh, u.labelEn, m.policeNumber, m.name)"
          + " FROM Officer o JOIN o.unit u LEFT JOIN o.mentor m";
}
