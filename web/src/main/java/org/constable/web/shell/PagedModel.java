package org.constable.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The lazy model of every list: the database counts and pages, the table keeps only the page it
 * shows. A bean hands in how to count, how to read a page and each row's key; sort and filter state
 * stays in the bean (the functions read it when they run).
 *
 * @param <T> a row as the service returns it (a serializable record)
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Counts the rows of the current search. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count();
  }

  /** Reads one page of the current search, in the table's order. */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> read(int first, int pageSize, Map<String, SortMeta> sortBy);
  }

  /** The row's key, e.g. its id. */
  @FunctionalInterface
  public interface Key<T> extends Function<T, Object>, Serializable {}

  private final Count count;
  private final Page<T> page;
  private final Key<T> key;

  public PagedModel(Count count, Page<T> page, Key<T> key) {
    this.count = count;
    this.page = page;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(count.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return page.read(first, pageSize, sortBy);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream()
            .filter(row -> Objects.equals(getRowKey(row), rowKey))
            .findFirst()
            .orElse(null);
  }
}
