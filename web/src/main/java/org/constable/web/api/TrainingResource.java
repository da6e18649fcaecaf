package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.RowError;
import org.constable.platform.BusinessException;
import org.constable.platform.TypedDates;
import org.constable.training.AttendanceBook;
import org.constable.training.ExamResults;
import org.constable.training.QuotaFilter;
import org.constable.training.QuotaOfficerRow;
import org.constable.training.QuotaReport;
import org.constable.training.QuotaUnitRow;
import org.constable.training.RollRow;
import org.constable.training.ScoreLine;
import org.constable.training.ScoreRow;
import org.constable.training.SessionDetails;
import org.constable.training.SessionPlanner;
import org.constable.training.SessionRow;
import org.constable.training.TrainingRecordView;
import org.constable.training.TrainingRecords;
import org.constable.training.TrainingRowsRejectedException;

/**
 * Training, scoped as the pages: sessions (HR's of its scope, a trainer's own), a session's roll
 * and scores, the quota per unit and per officer, an officer's training record; and the two writes
 * a training centre's own system makes: a day's roll and a sheet of scores, by police number, all
 * or nothing as on the pages.
 */
@Path("/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

  private static final int MAX_PAGE = 200;

  @Inject private SessionPlanner planner;
  @Inject private AttendanceBook attendance;
  @Inject private ExamResults results;
  @Inject private QuotaReport quota;
  @Inject private TrainingRecords records;

  @GET
  @Path("/sessions")
  public Page<SessionRow> sessions(
      @QueryParam("year") Integer year,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    int y = year == null ? LocalDate.now().getYear() : year;
    return new Page<>(planner.count(y), planner.sessions(y, first, Math.min(size, MAX_PAGE)));
  }

  @GET
  @Path("/sessions/{id}")
  public SessionDetails session(@PathParam("id") long id) {
    return planner.details(id);
  }

  @GET
  @Path("/sessions/{id}/attendance")
  public List<RollRow> attendance(@PathParam("id") long id, @QueryParam("day") String day) {
    return attendance.roll(id, parse("day", day));
  }

  /**
   * Confirms a day's roll: {@code {"150802": 2, "150803": 1}} (police number: 0 absent, 1 half a
   * day, 2 the whole day). Trainees left out keep what the roll held. Answers the day's roll.
   */
  @PUT
  @Path("/sessions/{id}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<RollRow> confirmRoll(
      @PathParam("id") long id, @QueryParam("day") String day, Map<String, Integer> byNumber) {
    LocalDate date = parse("day", day);
    Map<String, Long> trainees = new HashMap<>();
    attendance.roll(id, date).forEach(r -> trainees.put(r.policeNumber(), r.officerId()));
    Map<Long, Integer> halfDays = new LinkedHashMap<>();
    List<RowError> strangers = new ArrayList<>();
    int row = 0;
    for (var entry : (byNumber == null ? Map.<String, Integer>of() : byNumber).entrySet()) {
      row++;
      Long officerId = trainees.get(entry.getKey());
      if (officerId == null) {
        strangers.add(
            new RowError(row, entry.getKey(), "training.api.notTrainee", List.of(entry.getKey())));
      } else {
        halfDays.put(officerId, entry.getValue() == null ? 0 : entry.getValue());
      }
    }
    if (!strangers.isEmpty()) {
      throw new TrainingRowsRejectedException(strangers);
    }
    attendance.confirmRoll(id, date, halfDays);
    return attendance.roll(id, date);
  }

  /**
   * Enters scores as the session's examiner: {@code [{"policeNumber": "150802", "score": "88"}]}. A
   * bad line refuses the whole sheet, every bad line listed under {@code errors}.
   */
  @PUT
  @Path("/sessions/{id}/results")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<ScoreRow> enterScores(@PathParam("id") long id, List<ScoreIn> lines) {
    List<ScoreLine> sheet = new ArrayList<>();
    int row = 0;
    for (ScoreIn line : lines == null ? List.<ScoreIn>of() : lines) {
      sheet.add(new ScoreLine(++row, line.policeNumber(), line.score()));
    }
    results.enter(id, sheet);
    return results.sheet(id);
  }

  /** A line of a score sheet as an API client sends it. */
  public record ScoreIn(String policeNumber, String score) {}

  @GET
  @Path("/sessions/{id}/results")
  public List<ScoreRow> results(@PathParam("id") long id) {
    return results.sheet(id);
  }

  @GET
  @Path("/quota/units")
  public List<QuotaUnitRow> quotaUnits(
      @QueryParam("year") Integer year, @QueryParam("unit") String unitCode) {
    return quota.units(year == null ? LocalDate.now().getYear() : year, unitCode);
  }

  /**
   * The year's credited half days per unit path from the raw attendance rows: the report's floor.
   */
  @GET
  @Path("/quota/attendance")
  public jakarta.ws.rs.core.Response creditedFromAttendance(@QueryParam("year") Integer year) {
    return Floors.timed(
        () -> quota.creditedFromAttendance(year == null ? LocalDate.now().getYear() : year));
  }

  @GET
  @Path("/quota/officers")
  public Page<QuotaOfficerRow> quotaOfficers(
      @QueryParam("year") Integer year,
      @QueryParam("unit") String unitCode,
      @QueryParam("shortfall") @DefaultValue("ALL") String shortfall,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    QuotaFilter.Shortfall which;
    try {
      which = QuotaFilter.Shortfall.valueOf(shortfall);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("workforce.badParameter", "shortfall", shortfall);
    }
    var filter = new QuotaFilter(year == null ? LocalDate.now().getYear() : year, unitCode, which);
    return new Page<>(quota.count(filter), quota.officers(filter, first, Math.min(size, MAX_PAGE)));
  }

  @GET
  @Path("/officers/{id}")
  public TrainingRecordView record(@PathParam("id") long officerId) {
    return records.record(officerId);
  }

  /** A date the client must give. */
  private static LocalDate parse(String name, String value) {
    LocalDate day = QueryParams.date(name, value, null);
    if (day == null) {
      throw new BusinessException(
          "error.badDate", name, "", TypedDates.EARLIEST, TypedDates.LATEST);
    }
    return day;
  }
}
