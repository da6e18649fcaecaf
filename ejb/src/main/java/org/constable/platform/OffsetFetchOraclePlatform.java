package org.constable.platform;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.platform.database.OraclePlatform;
import org.eclipse.persistence.queries.ReadQuery;

/**
 * Oracle SQL with a query's page cut by {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY} (Oracle 12c
 * and later; H2 in Oracle mode accepts it) instead of EclipseLink's {@code ROWNUM} wrapping. H2
 * builds a {@code ROWNUM} derived table in full, every row of the query, before it cuts the page;
 * with the page in the statement itself it keeps only the page's rows while it sorts, or stops
 * early when an index gives the order. Named in persistence.xml as the target database.
 */
public class OffsetFetchOraclePlatform extends OraclePlatform {

  private static final long serialVersionUID = 1L;

  @Override
  public void printSQLSelectStatement(
      DatabaseCall call, ExpressionSQLPrinter printer, SQLSelectStatement statement) {
    ReadQuery query = statement.getQuery();
    if (query == null || query.getMaxRows() <= 0 || !shouldUseRownumFiltering()) {
      super.printSQLSelectStatement(call, printer, statement);
      return;
    }
    statement.setUseUniqueFieldAliases(true);
    call.setFields(statement.printSQL(printer));
    printer.printString(" OFFSET ");
    printer.printParameter(DatabaseCall.FIRSTRESULT_FIELD);
    printer.printString(" ROWS FETCH NEXT ");
    printer.printParameter(DatabaseCall.MAXROW_FIELD);
    printer.printString(" ROWS ONLY");
    call.setIgnoreFirstRowSetting(true);
    call.setIgnoreMaxResultsSetting(true);
  }

  /** JPA's maximum is the last row's index; FETCH NEXT wants the number of rows. */
  @Override
  public int computeMaxRowsForSQL(int firstResultIndex, int maxResults) {
    return maxResults - Math.max(firstResultIndex, 0);
  }
}
