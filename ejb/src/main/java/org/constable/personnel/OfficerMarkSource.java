package org.constable.personnel;

import java.time.LocalDate;
import java.util.List;

/**
 * A capability's marks on officers (a CDI bean): the register asks every source for the marks of a
 * day when it filters the list or shows a page of it.
 */
public interface OfficerMarkSource {

  List<OfficerMark> marks(LocalDate day);
}
