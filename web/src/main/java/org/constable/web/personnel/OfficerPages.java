package org.constable.web.personnel;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.constable.personnel.OfficerDirectory;

/** The officer list read page by page, so that an export never holds all of it. */
final class OfficerPages<T> {

  private final IntFunction<List<T>> page;

  /**
   * @param page the rows from a first index on, {@link OfficerDirectory#EXPORT_PAGE_SIZE} of them
   *     unless the list ends
   */
  OfficerPages(IntFunction<List<T>> page) {
    this.page = page;
  }

  void forEach(Consumer<List<T>> pageConsumer) {
    for (int first = 0; ; first += OfficerDirectory.EXPORT_PAGE_SIZE) {
      List<T> rows = page.apply(first);
      pageConsumer.accept(rows);
      if (rows.size() < OfficerDirectory.EXPORT_PAGE_SIZE) {
        return;
      }
    }
  }
}
