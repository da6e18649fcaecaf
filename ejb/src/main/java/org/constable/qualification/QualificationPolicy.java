package org.constable.qualification;

/** The keys of the qualification capability's policy parameters. */
final class QualificationPolicy {

  /** The first expiry alert, and the start of "expiring", this many days before the expiry. */
  static final String FIRST_ALERT_DAYS = "qualification.alert.firstDays";

  static final String SECOND_ALERT_DAYS = "qualification.alert.secondDays";

  private QualificationPolicy() {}
}
