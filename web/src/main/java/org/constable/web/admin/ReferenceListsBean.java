package org.constable.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.constable.personnel.ReferenceItem;
import org.constable.personnel.ReferenceList;
import org.constable.personnel.ReferenceLists;
import org.constable.web.shell.FacesMessages;

/** ADMIN extends the reference lists: ranks, grades, police lines, posts. */
@Named
@ViewScoped
public class ReferenceListsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ReferenceLists lists;

  private String list = ReferenceList.POST;
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

    Row(ReferenceItem item) {
      this.code = item.getCode();
      this.active = item.isActive();
      this.version = item.getVersion();
      this.nameZh = item.getNameZh();
      this.nameEn = item.getNameEn();
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
  public void load() {
    rows = lists.all().stream().filter(i -> i.getListCode().equals(list)).map(Row::new).toList();
  }

  public void add() {
    run(() -> lists.add(list, newCode, newNameZh, newNameEn), "reference.added");
    newCode = null;
    newNameZh = null;
    newNameEn = null;
  }

  public void rename(Row row) {
    run(() -> lists.rename(list, row.code, row.nameZh, row.nameEn, row.version), "reference.saved");
  }

  public void toggle(Row row) {
    run(() -> lists.setActive(list, row.code, !row.active, row.version), "reference.saved");
  }

  private void run(Runnable change, String successKey) {
    FacesMessages.attempt(change, successKey);
    load();
  }

  public List<String> getLists() {
    return List.of(ReferenceList.RANK, ReferenceList.GRADE, ReferenceList.LINE, ReferenceList.POST);
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
