package org.constable.personnel;

import org.constable.platform.NativeSql;

/**
 * The SQL condition on an officer aliased {@code o}: a police officer (民警) on the force's strength.
 */
public final class ServingPolice {

  public static final String SQL =
      "o.category = '"
          + PersonnelCategory.POLICE.name()
          + "' AND o.status IN "
          + NativeSql.literals(OfficerStatus.active());

  private ServingPolice() {}
}
