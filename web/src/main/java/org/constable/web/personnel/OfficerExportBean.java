package org.constable.web.personnel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constable.personnel.OfficerBatch;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRow;
import org.constable.personnel.OfficerSort;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.PersonnelCards;
import org.constable.web.shell.CodeLabels;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.ExportTally;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;
import org.constable.web.shell.UserBean;

/**
 * Exports the officer list as the page shows it, with its filter and order: to .xlsx or PDF in the
 * list's columns, or as a roster of whole records that imports again. Each export is audited, opens
 * with a title line of scope, filter and time, and the directory keeps it to the user's scope.
 */
@Named
@RequestScoped
public class OfficerExportBean {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private OfficersBean list;
  @Inject private OfficerDirectory officers;
  @Inject private OrgUnitDirectory units;
  @Inject private ReferenceLabels references;
  @Inject private UserBean user;
  @Inject private Clock clock;
  @Inject private PersonnelCardBean cards;

  public void exportXlsx() {
    officers.recordExport("EXPORT_XLSX");
    long count = officers.count(list.currentFilter());
    List<String> title = titleLines(list.currentFilter(), count);
    Downloads.send(
        title.get(0) + ".xlsx",
        fallbackName("officers", "xlsx"),
        Downloads.XLSX,
        String.valueOf(list.currentFilter()),
        out -> {
          ExportTally.expect(count);
          OfficerXlsxExport.write(title, columns(), pages(), out);
        });
  }

  public void exportPdf() {
    officers.recordExport("EXPORT_PDF");
    long count = officers.count(list.currentFilter());
    List<String> title = titleLines(list.currentFilter(), count);
    String pageOf = Texts.get(Texts.viewLocale(), "export.pageOf");
    Downloads.send(
        title.get(0) + ".pdf",
        fallbackName("officers", "pdf"),
        Downloads.PDF,
        String.valueOf(list.currentFilter()),
        out -> {
          ExportTally.expect(count);
          OfficerPdfExport.write(title, pageOf, columns(), pages(), out);
        });
  }

  /** Every field of the records, in the roster's columns: corrected in Excel, it imports again. */
  public void exportRoster() {
    officers.recordExport("EXPORT_ROSTER");
    Locale locale = Texts.viewLocale();
    OfficerFilter filter = list.currentFilter();
    long count = officers.count(filter);
    List<String> title = titleLines(filter, count);
    OfficerSort sort = list.currentSort();
    Map<String, String> unitLabels = new HashMap<>();
    var values =
        new RosterValues(
            locale,
            references.in(locale),
            code -> unitLabels.computeIfAbsent(code, c -> units.findByCode(c).label(locale)));
    Downloads.send(
        Texts.get(locale, "officers.export.rosterName", LocalDate.now(clock).toString()),
        fallbackName("roster", "xlsx"),
        Downloads.XLSX,
        String.valueOf(filter),
        out -> {
          ExportTally.expect(count);
          RosterExport.write(
              title,
              locale,
              values,
              new OfficerPages<OfficerInput>(first -> officers.rosterPage(filter, sort, first)),
              out);
        });
  }

  /** The rows selected on the list (a batch action), in the list's order. */
  public void exportSelectedXlsx() {
    if (list.getSelectedCount() == 0) {
      FacesMessages.error(OfficerBatch.EMPTY);
      return;
    }
    OfficerFilter selected = list.selectionFilter();
    officers.recordExport("EXPORT_SELECTED_XLSX");
    long count = officers.count(selected);
    List<String> title = titleLines(selected, count);
    Downloads.send(
        title.get(0) + ".xlsx",
        fallbackName("officers", "xlsx"),
        Downloads.XLSX,
        String.valueOf(selected),
        out -> {
          ExportTally.expect(count);
          OfficerXlsxExport.write(title, columns(), pages(selected), out);
        });
  }

  /**
   * The personnel cards of the selected rows, one PDF, at most {@link PersonnelCards#MAX_CARDS}.
   */
  public void printSelectedCards() {
    long selected = list.getSelectedCount();
    if (selected == 0) {
      FacesMessages.error(OfficerBatch.EMPTY);
      return;
    }
    if (selected > PersonnelCards.MAX_CARDS) {
      FacesMessages.error("personnel.card.tooMany", PersonnelCards.MAX_CARDS);
      return;
    }
    cards.print(
        officers.exportPage(list.selectionFilter(), list.currentSort(), 0).stream()
            .map(OfficerRow::id)
            .toList());
  }

  private OfficerPages<OfficerRow> pages() {
    return pages(list.currentFilter());
  }

  private OfficerPages<OfficerRow> pages(OfficerFilter filter) {
    OfficerSort sort = list.currentSort();
    return new OfficerPages<>(first -> officers.exportPage(filter, sort, first));
  }

  private OfficerListColumns columns() {
    Locale locale = Texts.viewLocale();
    return new OfficerListColumns(locale, references.in(locale));
  }

  /** The title, then the scope, the filter, the time and the count. */
  private List<String> titleLines(OfficerFilter filter, long count) {
    Locale locale = Texts.viewLocale();
    CodeLabels labels = references.in(locale);
    String described =
        OfficerFilterText.of(filter, locale, labels, id -> units.find(id).label(locale));
    return List.of(
        Texts.get(locale, "officers.export.title", LocalDate.now(clock).toString()),
        Texts.get(
            locale,
            "officers.export.subtitle",
            user.getUnitName(),
            described,
            LocalDateTime.now(clock).format(MINUTES),
            String.valueOf(count)));
  }

  private String fallbackName(String name, String extension) {
    return name + "-" + LocalDate.now(clock) + "." + extension;
  }
}
