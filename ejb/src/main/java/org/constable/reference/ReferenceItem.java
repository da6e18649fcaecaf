package org.constable.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/** One entry of a reference list. */
@Entity
@Table(name = "reference_item")
@IdClass(ReferenceItem.Key.class)
@NamedQueries({
  @NamedQuery(
      name = "ReferenceItem.findAll",
      query = "SELECT r FROM ReferenceItem r ORDER BY r.listCode, r.sortOrder, r.code"),
  @NamedQuery(
      name = "ReferenceItem.findByList",
      query =
          "SELECT r FROM ReferenceItem r WHERE r.listCode = :list ORDER BY r.sortOrder, r.code"),
  @NamedQuery(
      name = "ReferenceItem.lastSortOrder",
      query = "SELECT MAX(r.sortOrder) FROM ReferenceItem r WHERE r.listCode = :list")
})
public class ReferenceItem {

  /** The primary key: list and code. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String listCode;
    private String code;

    public Key() {}

    public Key(String listCode, String code) {
      this.listCode = listCode;
      this.code = code;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(listCode, k.listCode)
          && Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
      return Objects.hash(listCode, code);
    }
  }

  @Id
  @Column(name = "list_code")
  private String listCode;

  @Id private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  private boolean active = true;

  @Version private long version;

  protected ReferenceItem() {}

  ReferenceItem(String listCode, String code, String nameZh, String nameEn, int sortOrder) {
    this.listCode = listCode;
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.sortOrder = sortOrder;
  }

  void rename(String newNameZh, String newNameEn) {
    this.nameZh = newNameZh;
    this.nameEn = newNameEn;
  }

  void setActive(boolean active) {
    this.active = active;
  }

  Map<String, Object> auditSnapshot() {
    return Map.of("nameZh", nameZh, "nameEn", nameEn, "active", active);
  }

  ReferenceEntry toEntry() {
    return new ReferenceEntry(listCode, code, nameZh, nameEn, sortOrder, active, version);
  }

  long getVersion() {
    return version;
  }
}
