package org.constable.web.personnel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerSort;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;

/**
 * Exports the officer list as the page shows it, with its filter and order, to .xlsx or PDF. Each
 * export is audited; the directory keeps it to the user's scope.
 */
@Named
@RequestScoped
public class OfficerExportBean {

  @Inject private OfficersBean list;
  @Inject private OfficerDirectory officers;
  @Inject private ReferenceLabels references;
  @Inject private Clock clock;

  public void exportXlsx() {
    officers.recordExport("EXPORT_XLSX");
    String title = title();
    Downloads.send(
        title + ".xlsx",
        fallbackName("xlsx"),
        Downloads.XLSX,
        String.valueOf(list.currentFilter()),
        out -> OfficerXlsxExport.write(title, columns(), pages(), out));
  }

  public void exportPdf() {
    officers.recordExport("EXPORT_PDF");
    String title = title();
    Downloads.send(
        title + ".pdf",
        fallbackName("pdf"),
        Downloads.PDF,
        String.valueOf(list.currentFilter()),
        out ->
            OfficerPdfExport.write(
                title, Texts.get(Texts.viewLocale(), "export.pageOf"), columns(), pages(), out));
  }

  private OfficerPages pages() {
    OfficerFilter filter = list.currentFilter();
    OfficerSort sort = list.currentSort();
    return new OfficerPages(first -> officers.exportPage(filter, sort, first));
  }

  private OfficerListColumns columns() {
    Locale locale = Texts.viewLocale();
    return new OfficerListColumns(locale, references.in(locale));
  }

  private String title() {
    return Texts.get(Texts.viewLocale(), "officers.export.title", LocalDate.now(clock).toString());
  }

  private String fallbackName(String extension) {
    return "officers-" + LocalDate.now(clock) + "." + extension;
  }
}
