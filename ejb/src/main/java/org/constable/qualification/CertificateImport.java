package org.constable.qualification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.Officer;
import org.constable.personnel.RowError;
import org.constable.platform.BusinessException;
import org.constable.platform.TypedDates;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * A workbook of certificates (police number, type, number, issue day, expiry), all or nothing:
 * every bad row is listed and nothing is saved, or every row is. The type may be its code or its
 * name in either language; days as date cells or typed as 2020-09-01, 2020/9/1, 2020.09.01 or
 * 20200901.
 */
@Stateless
@Guard(Permissions.QUALIFICATION_MANAGE)
public class CertificateImport {

  /** The fields a bad row's message names, in the workbook's order. */
  public static final List<String> FIELDS =
      List.of("policeNumber", "type", "number", "issuedOn", "expiresOn");

  /** The most rows one workbook may hold. */
  public static final int LARGEST_FILE = 5000;

  @PersistenceContext private EntityManager em;
  @Inject private CertificateWriter writer;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public int save(List<CertificateLine> lines) {
    if (lines.isEmpty()) {
      throw new BusinessException("qualification.import.empty");
    }
    if (lines.size() > LARGEST_FILE) {
      throw new BusinessException("qualification.import.tooLarge", LARGEST_FILE);
    }
    Map<String, CertificateType> types = types();
    Map<String, Officer> officers = new HashMap<>();
    List<RowError> errors = new ArrayList<>();
    Set<String> numbersInFile = new HashSet<>();
    List<Runnable> saves = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    for (CertificateLine line : lines) {
      int row = line.rowNumber();
      Officer officer = officer(line.policeNumber(), officers);
      if (officer == null) {
        errors.add(
            error(row, "policeNumber", "qualification.import.unknownOfficer", line.policeNumber()));
      }
      CertificateType type = types.get(key(line.type()));
      if (type == null) {
        errors.add(error(row, "type", "qualification.import.unknownType", line.type()));
      }
      LocalDate issued = day(line.issuedOn(), row, "issuedOn", errors);
      LocalDate expires =
          line.expiresOn() == null || line.expiresOn().isBlank()
              ? null
              : day(line.expiresOn(), row, "expiresOn", errors);
      if (officer == null || type == null || issued == null) {
        continue;
      }
      var input = new CertificateInput(type.getCode(), line.number(), issued, expires);
      try {
        var checked = input.check(type, today);
        if (!numbersInFile.add(type.getCode() + "\u0000" + checked.number())) {
          errors.add(error(row, "number", "qualification.import.numberTwice", checked.number()));
          continue;
        }
        writer.requireUniqueNumber(type.getCode(), checked.number(), null);
        saves.add(() -> writer.create(officer, input, null));
      } catch (BusinessException e) {
        errors.add(new RowError(row, "number", e.getMessageKey(), List.of(e.getArguments())));
      }
    }
    if (!errors.isEmpty()) {
      throw new CertificateRowsRejectedException(errors);
    }
    saves.forEach(Runnable::run);
    audit.record(
        Certificates.ENTITY,
        "import",
        "IMPORT",
        Changes.created(
            Map.of("rows", lines.size(), "by", String.valueOf(currentUser.policeNumberOrNull()))));
    return saves.size();
  }

  private Officer officer(String policeNumber, Map<String, Officer> seen) {
    String number = policeNumber == null ? "" : policeNumber.strip();
    if (number.isEmpty()) {
      return null;
    }
    return seen.computeIfAbsent(
        number,
        n ->
            em.createQuery("SELECT o FROM Officer o WHERE o.policeNumber = :n", Officer.class)
                .setParameter("n", n)
                .getResultStream()
                .findFirst()
                // one outside the caller's scope is as unknown as one that does not exist
                .filter(o -> currentUser.scope().covers(o.getUnit().getPath()))
                .orElse(null));
  }

  /** Each active type under its code and its names, as typed. */
  private Map<String, CertificateType> types() {
    Map<String, CertificateType> types = new HashMap<>();
    em.createQuery("SELECT t FROM CertificateType t WHERE t.active = :a", CertificateType.class)
        .setParameter("a", true)
        .getResultList()
        .forEach(
            t -> {
              types.put(key(t.getCode()), t);
              types.put(key(t.getNameZh()), t);
              types.put(key(t.getNameEn()), t);
            });
    return types;
  }

  private static String key(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  private static LocalDate day(String text, int row, String field, List<RowError> errors) {
    var day = TypedDates.parse(text);
    if (day.isEmpty()) {
      errors.add(error(row, field, "qualification.import.badDate", text == null ? "" : text));
    }
    return day.orElse(null);
  }

  private static RowError error(int row, String field, String key, Object argument) {
    return new RowError(row, field, key, List.of(argument == null ? "" : argument));
  }
}
