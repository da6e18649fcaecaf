package org.constable.web.qualification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.personnel.UnitRow;
import org.constable.qualification.CertificateFilter;
import org.constable.qualification.CertificateRow;
import org.constable.qualification.CertificateStatus;
import org.constable.qualification.Certificates;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * HR's certificate list: search and filters over the scope, the export; the form is its own bean.
 */
@Named
@ViewScoped
public class CertificatesBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int EXPORT_PAGE = 1000;

  @Inject private Certificates certificates;
  @Inject private CertificateLabels labels;

  private String text;
  private UnitRow unit;
  private String typeCode;
  private CertificateStatus status;
  private CertificateFilter filter = CertificateFilter.none();

  private final PagedModel<CertificateRow> model =
      new PagedModel<>(
          () -> certificates.count(filter),
          (first, size, sortBy) -> certificates.search(filter, first, size),
          CertificateRow::id);

  public void search() {
    filter = new CertificateFilter(text, unit == null ? null : unit.id(), typeCode, status);
  }

  public void reset() {
    text = null;
    unit = null;
    typeCode = null;
    status = null;
    filter = CertificateFilter.none();
  }

  /** Reloads after the form saved. */
  public void refresh() {
    search();
  }

  public void export() {
    var locale = Texts.viewLocale();
    CertificateFilter exported = filter;
    Downloads.send(
        Texts.get(locale, "qualification.certificates.fileName") + ".xlsx",
        "certificates.xlsx",
        Downloads.XLSX,
        out -> {
          try (var workbook = new SXSSFWorkbook(100)) {
            var sheet =
                new SheetWriter(workbook, Texts.get(locale, "qualification.certificates.title"));
            sheet.header(labels.exportHeader(locale));
            for (int first = 0; ; first += EXPORT_PAGE) {
              List<CertificateRow> page = certificates.search(exported, first, EXPORT_PAGE);
              page.forEach(row -> sheet.row(labels.exportRow(row, locale)));
              if (page.size() < EXPORT_PAGE) {
                break;
              }
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  public CertificateStatus[] getStatuses() {
    return CertificateStatus.values();
  }

  public PagedModel<CertificateRow> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public UnitRow getUnit() {
    return unit;
  }

  public void setUnit(UnitRow unit) {
    this.unit = unit;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public void setTypeCode(String typeCode) {
    this.typeCode = typeCode;
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public void setStatus(CertificateStatus status) {
    this.status = status;
  }
}
