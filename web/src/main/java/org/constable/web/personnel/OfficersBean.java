package org.constable.web.personnel;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerRow;
import org.constable.personnel.OfficerSort;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.UnitRow;
import org.constable.web.shell.PagedModel;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.SortMeta;

/** The officer list: search and filters above a lazy table, all within the user's scope. */
@Named
@ViewScoped
public class OfficersBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String TABLE = ":officers:table";

  @Inject private OfficerDirectory officers;

  private String text;
  private UnitRow unit;
  private String lineCode;
  private String postCode;
  private OfficerStatus status;
  private PersonnelCategory category;
  private String markCode;
  private OfficerSort currentSort = OfficerSort.DEFAULT;
  private List<String> markCodes;
  private Map<Long, List<String>> pageMarks = Map.of();

  private final PagedModel<OfficerRow> model =
      new PagedModel<>(
          () -> officers.count(filter()),
          (first, pageSize, sortBy) -> {
            currentSort = sort(sortBy);
            List<OfficerRow> rows = officers.search(filter(), currentSort, first, pageSize);
            pageMarks = Map.copyOf(officers.marksOn(rows.stream().map(OfficerRow::id).toList()));
            return rows;
          },
          OfficerRow::id);

  /** The capabilities' warnings on an officer of the page shown (lacks a certificate …). */
  public List<String> marks(long officerId) {
    return pageMarks.getOrDefault(officerId, List.of());
  }

  /** The warnings the list can be narrowed to. */
  public List<String> getMarkCodes() {
    if (markCodes == null) {
      markCodes = officers.markCodes();
    }
    return markCodes;
  }

  /** A new search starts on the first page. */
  public void search() {
    var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public void reset() {
    search();
    text = null;
    unit = null;
    lineCode = null;
    postCode = null;
    status = null;
    category = null;
    markCode = null;
  }

  /** The filter of the last search, for the exports. */
  public OfficerFilter currentFilter() {
    return filter();
  }

  /** The order the table shows, for the exports. */
  public OfficerSort currentSort() {
    return currentSort;
  }

  private OfficerFilter filter() {
    return new OfficerFilter(
            text, unit == null ? null : unit.id(), lineCode, postCode, status, category)
        .withMark(markCode);
  }

  private static OfficerSort sort(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .filter(SortMeta::isActive)
        .findFirst()
        .map(meta -> OfficerSort.by(meta.getField(), !meta.getOrder().isDescending()))
        .orElse(OfficerSort.DEFAULT);
  }

  public PagedModel<OfficerRow> getModel() {
    return model;
  }

  public OfficerStatus[] getStatuses() {
    return OfficerStatus.values();
  }

  public PersonnelCategory[] getCategories() {
    return PersonnelCategory.values();
  }

  public String getMarkCode() {
    return markCode;
  }

  public void setMarkCode(String markCode) {
    this.markCode = markCode;
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

  public String getLineCode() {
    return lineCode;
  }

  public void setLineCode(String lineCode) {
    this.lineCode = lineCode;
  }

  public String getPostCode() {
    return postCode;
  }

  public void setPostCode(String postCode) {
    this.postCode = postCode;
  }

  public OfficerStatus getStatus() {
    return status;
  }

  public void setStatus(OfficerStatus status) {
    this.status = status;
  }

  public PersonnelCategory getCategory() {
    return category;
  }

  public void setCategory(PersonnelCategory category) {
    this.category = category;
  }
}
