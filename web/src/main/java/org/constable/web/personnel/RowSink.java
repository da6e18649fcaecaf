package org.constable.web.personnel;

import java.util.List;

/** Receives a spreadsheet's rows in order, each with its row number as the user sees it. */
@FunctionalInterface
public interface RowSink {

  void row(int rowNumber, List<String> cells);
}
