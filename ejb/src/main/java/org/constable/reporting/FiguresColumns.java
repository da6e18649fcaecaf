package org.constable.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.constable.personnel.AgeBand;
import org.constable.personnel.Education;
import org.constable.personnel.EntryChannel;
import org.constable.platform.NativeSql;

/**
 * The aggregate columns of a {@link Tally} over {@code officer o}, and how to read them back. Ages
 * are counted by comparing birth dates ({@link BirthDateRange}) and summed with {@link AgeSum}, so
 * the database needs no date arithmetic of its own.
 */
final class FiguresColumns {

  private static final String LOW_EDUCATION =
      NativeSql.literals(
          Arrays.stream(Education.values()).filter(Education::isHighSchoolOrBelow).toList());
  private static final String RECRUITMENT = NativeSql.literals(List.of(EntryChannel.RECRUITMENT));

  private FiguresColumns() {}

  /** Appends the columns, in the order {@link #read} takes them. */
  static NativeSql select(NativeSql sql, LocalDate asOf) {
    sql.sql("COUNT(*), SUM(EXTRACT(YEAR FROM o.birth_date)), ")
        .sql("SUM(CASE WHEN EXTRACT(MONTH FROM o.birth_date) * 100")
        .sql(" + EXTRACT(DAY FROM o.birth_date) > ")
        .value(AgeSum.monthDay(asOf))
        .sql(" THEN 1 ELSE 0 END)");
    for (AgeBand band : AgeBand.values()) {
      BirthDateRange range = BirthDateRange.of(band, asOf);
      sql.sql(", SUM(CASE WHEN ");
      if (range.bornAfter() != null) {
        sql.sql("o.birth_date > ").value(range.bornAfter()).sql(" AND ");
      }
      sql.sql("o.birth_date <= ").value(range.bornOnOrBefore()).sql(" THEN 1 ELSE 0 END)");
    }
    return sql.sql(", SUM(CASE WHEN o.education IN " + LOW_EDUCATION + " THEN 1 ELSE 0 END)")
        .sql(", SUM(CASE WHEN o.front_line = 1 THEN 1 ELSE 0 END)")
        .sql(", SUM(CASE WHEN o.entry_channel IN " + RECRUITMENT + " AND o.police_join_date >= ")
        .value(Recruitment.firstDay(asOf))
        .sql(" THEN 1 ELSE 0 END)");
  }

  /** The tally in {@code row} from column {@code first} on. */
  static Tally read(Object[] row, int first) {
    long[] n = new long[10];
    for (int i = 0; i < n.length; i++) {
      n[i] = NativeSql.number(row[first + i]);
    }
    return new Tally(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9]);
  }
}
