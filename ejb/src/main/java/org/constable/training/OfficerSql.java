package org.constable.training;

/** SQL conditions on an officer aliased {@code o} that the quota report and the ledger share. */
final class OfficerSql {

  /** The first day on the force: the police join date, else the first employment. */
  static final String JOINED = "COALESCE(o.police_join_date, o.first_employment_date)";

  /** A police officer still on the force's strength: the quota applies. */
  static final String SERVING_POLICE = org.constable.personnel.ServingPolice.SQL;

  private OfficerSql() {}
}
