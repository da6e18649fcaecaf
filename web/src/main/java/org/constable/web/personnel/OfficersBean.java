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
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.UnitRow;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The officer list: search and filters above a lazy table, all within the user's scope. */
@Named
@ViewScoped
public class OfficersBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int UNIT_SUGGESTIONS = 15;
  private static final String TABLE = ":officers:table";

  @Inject private OfficerDirectory officers;
  @Inject private OrgUnitDirectory units;
  @Inject private CurrentUser currentUser;

  private String text;
  private UnitRow unit;
  private String lineCode;
  private String postCode;
  private OfficerStatus status;
  private PersonnelCategory category;
  private OfficerSort currentSort = OfficerSort.DEFAULT;

  private final LazyDataModel<OfficerRow> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(officers.count(filter()));
        }

        @Override
        public List<OfficerRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          currentSort = sort(sortBy);
          return officers.search(filter(), currentSort, first, pageSize);
        }

        @Override
        public String getRowKey(OfficerRow row) {
          return String.valueOf(row.id());
        }

        @Override
        public OfficerRow getRowData(String rowKey) {
          return getWrappedData().stream()
              .filter(row -> String.valueOf(row.id()).equals(rowKey))
              .findFirst()
              .orElse(null);
        }
      };

  /** The page's view action: without personnel:read the list is 403, not an empty table. */
  public void requireAccess() {
    if (!currentUser.can(Permissions.PERSONNEL_READ)) {
      HttpErrors.send(HttpErrors.FORBIDDEN);
    }
  }

  public List<UnitRow> completeUnit(String query) {
    return units.search(query, 0, UNIT_SUGGESTIONS);
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
        text, unit == null ? null : unit.id(), lineCode, postCode, status, category);
  }

  private static OfficerSort sort(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .filter(SortMeta::isActive)
        .findFirst()
        .map(meta -> OfficerSort.by(meta.getField(), !meta.getOrder().isDescending()))
        .orElse(OfficerSort.DEFAULT);
  }

  public LazyDataModel<OfficerRow> getModel() {
    return model;
  }

  public OfficerStatus[] getStatuses() {
    return OfficerStatus.values();
  }

  public PersonnelCategory[] getCategories() {
    return PersonnelCategory.values();
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
