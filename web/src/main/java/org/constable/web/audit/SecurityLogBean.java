package org.constable.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.audit.ChainCheck;
import org.constable.audit.SecurityAudit;
import org.constable.audit.SecurityEventFilter;
import org.constable.audit.SecurityEventRow;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityOutcome;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * The audit administrator's security log: by who, what, officer, period and outcome, paged in the
 * database; the same selection to .xlsx (itself logged); the check of both logs' digests.
 */
@Named
@ViewScoped
public class SecurityLogBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityAudit audit;
  @Inject private Clock clock;

  private String actor;
  private SecurityEventType type;
  private SecurityOutcome outcome;
  private String officer;
  private LocalDate from;
  private LocalDate to;
  private SecurityEventFilter filter = SecurityEventFilter.none();
  private ChainCheck lastCheck;

  private final PagedModel<SecurityEventRow> model =
      new PagedModel<>(
          () -> audit.count(filter),
          (first, size, sortBy) -> audit.search(filter, first, size),
          SecurityEventRow::id);

  public void search() {
    if (from != null && to != null && to.isBefore(from)) {
      FacesMessages.error("audit.periodReversed");
      return;
    }
    filter = new SecurityEventFilter(actor, type, outcome, officer, from, to);
  }

  public void reset() {
    actor = null;
    type = null;
    outcome = null;
    officer = null;
    from = null;
    to = null;
    filter = SecurityEventFilter.none();
  }

  public void check() {
    lastCheck = audit.check();
    if (lastCheck.holds()) {
      FacesMessages.info(
          "audit.check.holds", lastCheck.securityEvents(), lastCheck.changeRecords());
    } else {
      FacesMessages.error(
          "audit.check.broken",
          lastCheck.brokenAt(),
          Texts.get(Texts.viewLocale(), "audit.break." + lastCheck.reason()));
    }
  }

  public void export() {
    Locale locale = Texts.viewLocale();
    SecurityEventFilter exported = filter;
    Downloads.send(
        Texts.get(locale, "audit.export.fileName", LocalDate.now(clock)) + ".xlsx",
        "security-log.xlsx",
        Downloads.XLSX,
        String.valueOf(exported),
        out -> {
          try (var workbook = new SXSSFWorkbook(100)) {
            var sheet = new SheetWriter(workbook, Texts.get(locale, "audit.title"));
            sheet.header(
                List.of(
                    Texts.get(locale, "audit.column.time"),
                    Texts.get(locale, "audit.column.actor"),
                    Texts.get(locale, "audit.column.actorName"),
                    Texts.get(locale, "audit.column.address"),
                    Texts.get(locale, "audit.column.event"),
                    Texts.get(locale, "audit.column.outcome"),
                    Texts.get(locale, "audit.column.officer"),
                    Texts.get(locale, "audit.column.officerName"),
                    Texts.get(locale, "audit.column.detail")));
            for (int first = 0; ; first += SecurityAudit.MAX_PAGE_SIZE) {
              List<SecurityEventRow> page =
                  audit.search(exported, first, SecurityAudit.MAX_PAGE_SIZE);
              for (SecurityEventRow row : page) {
                sheet.row(
                    row.occurredAt().toString().replace('T', ' '),
                    row.actor(),
                    row.actorName(),
                    row.clientAddress(),
                    Texts.get(locale, "audit.event." + row.type()),
                    Texts.get(locale, "audit.outcome." + row.outcome()),
                    row.officerPoliceNumber(),
                    row.officerName(),
                    row.detail());
              }
              if (page.size() < SecurityAudit.MAX_PAGE_SIZE) {
                break;
              }
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public SecurityEventType[] getTypes() {
    return SecurityEventType.values();
  }

  public SecurityOutcome[] getOutcomes() {
    return SecurityOutcome.values();
  }

  public PagedModel<SecurityEventRow> getModel() {
    return model;
  }

  public ChainCheck getLastCheck() {
    return lastCheck;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public SecurityEventType getType() {
    return type;
  }

  public void setType(SecurityEventType type) {
    this.type = type;
  }

  public SecurityOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(SecurityOutcome outcome) {
    this.outcome = outcome;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
