package org.constable.personnel;

import java.util.Collection;
import java.util.Set;

/**
 * The capability that owns an officer's highest education once the officer has education records (a
 * CDI bean): the register then keeps the level it derives, and refuses another one typed in the
 * record form or a roster.
 */
public interface EducationOwner {

  /** Of these officers, those whose highest education follows their education records. */
  Set<Long> followingRecords(Collection<Long> officerIds);
}
