package org.constable.health;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.FieldError;
import org.constable.personnel.Officer;
import org.constable.personnel.RowError;
import org.constable.platform.BusinessException;
import org.constable.platform.TypedDates;
import org.constable.reference.ReferenceCodes;
import org.constable.reference.ReferenceLists;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * The examining institution's workbook of health checks, all or nothing: {@link #preview} checks
 * every row and shows what would be saved, {@link #save} checks again and saves every row or none;
 * every bad row and column is listed. Officers are matched by police number or ID number (both, if
 * given, must name the same officer) within the caller's scope; conclusion and conditions may be
 * codes or names in either language; days as date cells or typed as 2026-03-01, 2026/3/1,
 * 2026.03.01 or 20260301.
 */
@Stateless
@Guard(Permissions.HEALTH_MANAGE)
public class HealthImport {

  /** The fields a bad row's message names, in the workbook's order. */
  public static final List<String> FIELDS =
      List.of(
          "policeNumber",
          "idNumber",
          "checkedOn",
          "institution",
          "conclusion",
          "findings",
          "conditions",
          "followUpOn");

  public static final int LARGEST_FILE = 5000;

  @PersistenceContext private EntityManager em;
  @Inject private HealthWriter writer;
  @Inject private HealthAccess access;
  @Inject private ReferenceLists references;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  private record Checked(Officer officer, CheckInput input, int row) {}

  /** What the rows would save; refuses the whole workbook with every bad row. */
  public List<PreviewRow> preview(List<ImportLine> lines) {
    return check(lines).stream()
        .map(
            c ->
                new PreviewRow(
                    c.row(),
                    c.officer().getPoliceNumber(),
                    c.officer().getName(),
                    c.input().checkedOn(),
                    c.input().institution(),
                    c.input().conclusion(),
                    List.copyOf(c.input().conditions()),
                    c.input().followUpOn()))
        .toList();
  }

  /** Saves every row, or none; the number saved. */
  public int save(List<ImportLine> lines) {
    List<Checked> rows = check(lines);
    rows.forEach(c -> writer.save(c.officer(), c.input()));
    audit.record(
        HealthChecks.ENTITY,
        "import",
        "IMPORT",
        Changes.created(
            java.util.Map.of("rows", rows.size(), "by", String.valueOf(access.policeNumber()))));
    return rows.size();
  }

  private List<Checked> check(List<ImportLine> lines) {
    if (lines == null || lines.isEmpty()) {
      throw new BusinessException("health.import.empty");
    }
    if (lines.size() > LARGEST_FILE) {
      throw new BusinessException("health.import.tooLarge", LARGEST_FILE);
    }
    ReferenceCodes codes = references.activeCodes();
    LocalDate today = LocalDate.now(clock);
    List<RowError> errors = new ArrayList<>();
    List<Checked> out = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    for (ImportLine line : lines) {
      int row = line.rowNumber();
      int before = errors.size();
      Officer officer = officer(line, row, errors);
      LocalDate checkedOn = day(line.checkedOn(), row, "checkedOn", true, errors);
      LocalDate followUpOn = day(line.followUpOn(), row, "followUpOn", false, errors);
      var input =
          new CheckInput(
              checkedOn,
              line.institution(),
              line.conclusion(),
              line.findings(),
              conditions(line.conditions()),
              followUpOn);
      if (checkedOn != null) {
        for (FieldError e : input.problems(today, codes)) {
          errors.add(new RowError(row, e.field(), e.messageKey(), e.arguments()));
        }
      } else {
        // the day's own error is listed; the other fields are checked all the same
        for (FieldError e : input.problems(today, codes)) {
          if (!e.field().equals("checkedOn") && !e.field().equals("followUpOn")) {
            errors.add(new RowError(row, e.field(), e.messageKey(), e.arguments()));
          }
        }
      }
      if (officer != null && checkedOn != null) {
        if (!inFile.add(officer.getId() + "@" + checkedOn)) {
          errors.add(
              new RowError(
                  row,
                  "checkedOn",
                  "health.import.twiceInFile",
                  List.of(officer.getPoliceNumber())));
        } else {
          try {
            writer.requireNewDay(officer.getId(), checkedOn);
          } catch (BusinessException e) {
            errors.add(
                new RowError(row, "checkedOn", e.getMessageKey(), List.of(e.getArguments())));
          }
        }
      }
      if (errors.size() == before) {
        out.add(new Checked(officer, input.normalised(codes), row));
      }
    }
    if (!errors.isEmpty()) {
      throw new HealthRowsRejectedException(errors);
    }
    return out;
  }

  private Officer officer(ImportLine line, int row, List<RowError> errors) {
    String number = strip(line.policeNumber());
    String id = strip(line.idNumber()).toUpperCase(java.util.Locale.ROOT);
    if (number.isEmpty() && id.isEmpty()) {
      errors.add(new RowError(row, "policeNumber", "health.import.noOfficer", List.of()));
      return null;
    }
    Officer byNumber = null;
    if (!number.isEmpty()) {
      byNumber = find("o.policeNumber", number);
      if (byNumber == null) {
        errors.add(
            new RowError(row, "policeNumber", "health.import.unknownOfficer", List.of(number)));
        return null;
      }
    }
    if (!id.isEmpty()) {
      Officer byId = find("o.idNumber", id);
      if (byId == null) {
        errors.add(new RowError(row, "idNumber", "health.import.unknownIdNumber", List.of(id)));
        return null;
      }
      if (byNumber != null && !byNumber.getId().equals(byId.getId())) {
        errors.add(
            new RowError(row, "idNumber", "health.import.otherOfficer", List.of(number, id)));
        return null;
      }
      return byId;
    }
    return byNumber;
  }

  /** The officer, or null when there is none or it lies outside the caller's scope. */
  private Officer find(String attribute, String value) {
    return em.createQuery("SELECT o FROM Officer o WHERE " + attribute + " = :v", Officer.class)
        .setParameter("v", value)
        .getResultStream()
        .findFirst()
        .filter(o -> access.covers(o.getUnit().getPath()))
        .orElse(null);
  }

  private static Set<String> conditions(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text != null) {
      Arrays.stream(text.split("[、,，;；]"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(out::add);
    }
    return out;
  }

  private static LocalDate day(
      String text, int row, String field, boolean required, List<RowError> errors) {
    if (text == null || text.isBlank()) {
      if (required) {
        errors.add(new RowError(row, field, "health.check.dateRequired", List.of()));
      }
      return null;
    }
    var day = TypedDates.parse(text);
    if (day.isEmpty()) {
      errors.add(new RowError(row, field, "health.import.badDate", List.of(text)));
    }
    return day.orElse(null);
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
