package org.constable.web.personnel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constable.personnel.OfficerBatch;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerRow;
import org.constable.personnel.OfficerSort;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.PersonnelLists;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.LocaleBean;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.SortMeta;

/**
 * The officer list: presets, search and filters above a lazy table, all within the user's scope;
 * the rows selected for a batch action ({@link OfficerBatchBean}). It starts with 在职民警, or with
 * what the URL asks for (a workforce figure's names: {@link OfficerListParameters}).
 */
@Named
@ViewScoped
public class OfficersBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String TABLE = ":officers:table";

  /** Rows kept so that a selection made on an earlier page still resolves (rows of the view). */
  private static final int ROWS_REMEMBERED = 2_000;

  @Inject private OfficerDirectory officers;
  @Inject private OrgUnitDirectory units;
  @Inject private ReferenceLabels references;
  @Inject private Clock clock;
  @Inject private LocaleBean localeBean;

  private final OfficerListParameters parameters = new OfficerListParameters();
  private String text;
  private UnitRow unit;
  private String lineCode;
  private String postCode;
  private String statusChoice;
  private PersonnelCategory category;
  private String markCode;
  private WorkforceFigure figure;
  private OfficerSort currentSort = OfficerSort.DEFAULT;
  private List<String> markCodes;
  private Map<Long, List<String>> pageMarks = Map.of();
  private OfficerFilter countedFilter;
  private long counted;

  private List<OfficerRow> selection = new ArrayList<>();
  private boolean allMatching;

  private final Map<String, OfficerRow> seen =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OfficerRow> eldest) {
          return size() > ROWS_REMEMBERED;
        }
      };

  private final PagedModel<OfficerRow> model =
      new PagedModel<>(
          this::count,
          (first, pageSize, sortBy) -> {
            currentSort = sort(sortBy);
            List<OfficerRow> rows = officers.search(filter(), currentSort, first, pageSize);
            pageMarks = Map.copyOf(officers.marksOn(rows.stream().map(OfficerRow::id).toList()));
            rows.forEach(row -> seen.put(String.valueOf(row.id()), row));
            return rows;
          },
          OfficerRow::id) {
        private static final long serialVersionUID = 1L;

        @Override
        public OfficerRow getRowData(String rowKey) {
          OfficerRow row = super.getRowData(rowKey);
          return row != null ? row : seen.get(rowKey);
        }
      };

  @PostConstruct
  void start() {
    applyFields(OfficerPreset.DEFAULT);
  }

  /**
   * The view action: the URL's parameters, each checked. A bad one is named in a message and the
   * list shows the default; a unit outside the scope is 403, an unknown one 404.
   */
  public void load() {
    if (parameters.isEmpty()) {
      return;
    }
    // the view's locale is not set yet while its view action runs
    FacesContext.getCurrentInstance().getViewRoot().setLocale(localeBean.getLocale());
    var bad = parameters.bad(references);
    if (!bad.isEmpty()) {
      bad.forEach(b -> FacesMessages.error(b.messageKey(), b.name(), b.value()));
      return;
    }
    parameters.preset().ifPresent(this::applyFields);
    parameters.category().ifPresent(c -> category = c);
    parameters.status().ifPresent(s -> statusChoice = s);
    parameters.unitId().ifPresent(id -> unit = units.find(id));
    figure = parameters.figure(LocalDate.now(clock)).orElse(null);
  }

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

  /** A new search starts on the first page, with nothing selected. */
  public void search() {
    var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
    clearSelection();
  }

  /** Back to the default preset, every other filter cleared. */
  public void reset() {
    search();
    text = null;
    unit = null;
    lineCode = null;
    postCode = null;
    markCode = null;
    figure = null;
    applyFields(OfficerPreset.DEFAULT);
  }

  /** One click: the preset's category and status, the other filters kept; then a new search. */
  public void applyPreset(OfficerPreset preset) {
    search();
    applyFields(preset);
  }

  private void applyFields(OfficerPreset preset) {
    category = preset.category();
    statusChoice = preset.status();
  }

  public boolean isActive(OfficerPreset preset) {
    return preset.matches(category, statusChoice);
  }

  public OfficerPreset[] getPresets() {
    return OfficerPreset.values();
  }

  /** Lets go of the workforce figure the list came with; the other filters stay. */
  public void clearFigure() {
    figure = null;
    search();
  }

  /** The rows the filter finds, counted once for the heading and the table alike. */
  public long count() {
    OfficerFilter filter = filter();
    if (!filter.equals(countedFilter)) {
      counted = officers.count(filter);
      countedFilter = filter;
    }
    return counted;
  }

  public long getCount() {
    return count();
  }

  /** After a batch change the same filter may find others. */
  void changed() {
    countedFilter = null;
    clearSelection();
  }

  // selection

  /**
   * Selects every officer the filter finds, not only the rows shown (a batch takes at most 1000).
   */
  public void selectAllMatching() {
    allMatching = true;
  }

  public void clearSelection() {
    allMatching = false;
    selection = new ArrayList<>();
  }

  public long getSelectedCount() {
    return allMatching ? count() : selection.size();
  }

  public boolean isAllMatching() {
    return allMatching;
  }

  /** The ids of the officers selected, or a refusal when they are more than a batch takes. */
  List<Long> selectedIds() {
    if (!allMatching) {
      return selection.stream().map(OfficerRow::id).distinct().toList();
    }
    long matching = count();
    if (matching > OfficerBatch.MAX_OFFICERS) {
      throw new BusinessException(OfficerBatch.TOO_MANY, matching, OfficerBatch.MAX_OFFICERS);
    }
    return officers.exportPage(filter(), currentSort, 0).stream().map(OfficerRow::id).toList();
  }

  /** The filter that finds the selected officers, for the export of a selection. */
  OfficerFilter selectionFilter() {
    return allMatching ? filter() : OfficerFilter.none().withOfficers(selectedIds());
  }

  public List<OfficerRow> getSelection() {
    return selection;
  }

  public void setSelection(List<OfficerRow> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    if (!this.selection.isEmpty()) {
      allMatching = false;
    }
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
            text,
            unit == null ? null : unit.id(),
            lineCode,
            postCode,
            StatusChoice.status(statusChoice),
            category)
        .withMark(markCode)
        .withServing(StatusChoice.serving(statusChoice))
        .withGroup(figure == null ? null : figure.group());
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

  public OfficerListParameters getParameters() {
    return parameters;
  }

  public WorkforceFigure getFigure() {
    return figure;
  }

  /** The figure the list came with, in words: 队伍结构：30岁以下（统计日 2026-03-01）. */
  public String getFigureLabel() {
    if (figure == null) {
      return null;
    }
    Locale locale = Texts.viewLocale();
    String value = figure.value();
    String what =
        figure.dimension() == null
            ? Texts.get(locale, "workforce.officers")
            : switch (figure.dimension()) {
              case AGE -> Texts.get(locale, "workforce.band." + value);
              case EDUCATION ->
                  WorkforceFigure.HIGH_SCHOOL_OR_BELOW.equals(value)
                      ? Texts.get(locale, "workforce.highSchoolOrBelow")
                      : Texts.get(locale, "education." + value);
              case RANK -> references.label(PersonnelLists.RANK, value, locale);
              case GRADE -> references.label(PersonnelLists.GRADE, value, locale);
            };
    return Texts.get(locale, "officers.figure", what, figure.asOf().toString());
  }

  /** A text of the bundle with the number of officers the filter finds. */
  public String withCount(String key) {
    return Texts.get(Texts.viewLocale(), key, count());
  }

  /** A text of the bundle with the number of officers selected (a confirmation). */
  public String withSelectedCount(String key) {
    return Texts.get(Texts.viewLocale(), key, getSelectedCount());
  }

  public List<String> getStatusChoices() {
    return StatusChoice.all();
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

  public String getStatusChoice() {
    return statusChoice;
  }

  public void setStatusChoice(String statusChoice) {
    this.statusChoice = statusChoice;
  }

  public PersonnelCategory getCategory() {
    return category;
  }

  public void setCategory(PersonnelCategory category) {
    this.category = category;
  }
}
