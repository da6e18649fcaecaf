package org.constable.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.constable.reference.ReferenceEntry;
import org.constable.reference.ReferenceListView;
import org.constable.reference.ReferenceLists;
import org.constable.web.shell.FacesMessages;

/** ADMIN extends the reference lists that the capabilities declare (ranks, posts, …). */
@Named
@ViewScoped
public class ReferenceListsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReferenceLists references;

  private List<ReferenceListView> lists;
  private String list;
  private List<Row> rows;
  private String newCode;
  private String newNameZh;
  private String newNameEn;

  /** One entry as the page edits it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final boolean active;
    private final long version;
    private String nameZh;
    private String nameEn;

    Row(ReferenceEntry entry) {
      this.code = entry.code();
      this.active = entry.active();
      this.version = entry.version();
      this.nameZh = entry.nameZh();
      this.nameEn = entry.nameEn();
    }

    public String getCode() {
      return code;
    }

    public boolean isActive() {
      return active;
    }

    public String getNameZh() {
      return nameZh;
    }

    public void setNameZh(String nameZh) {
      this.nameZh = nameZh;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }
  }

  @PostConstruct
  void init() {
    lists = references.lists();
    list = lists.isEmpty() ? null : lists.get(0).code();
    load();
  }

  public void load() {
    rows = list == null ? List.of() : references.entries(list).stream().map(Row::new).toList();
  }

  public void add() {
    run(() -> references.add(list, newCode, newNameZh, newNameEn), "reference.added");
    newCode = null;
    newNameZh = null;
    newNameEn = null;
  }

  public void rename(Row row) {
    run(
        () -> references.rename(list, row.code, row.nameZh, row.nameEn, row.version),
        "reference.saved");
  }

  public void toggle(Row row) {
    run(() -> references.setActive(list, row.code, !row.active, row.version), "reference.saved");
  }

  private void run(Runnable change, String successKey) {
    FacesMessages.attempt(change, successKey);
    load();
  }

  public List<ReferenceListView> getLists() {
    return lists;
  }

  public String getList() {
    return list;
  }

  public void setList(String list) {
    this.list = list;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewNameZh() {
    return newNameZh;
  }

  public void setNewNameZh(String newNameZh) {
    this.newNameZh = newNameZh;
  }

  public String getNewNameEn() {
    return newNameEn;
  }

  public void setNewNameEn(String newNameEn) {
    this.newNameEn = newNameEn;
  }
}
