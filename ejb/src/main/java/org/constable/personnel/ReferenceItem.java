package org.constable.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** One entry of a reference list (rank, grade, police line, post). */
@Entity
@Table(name = "reference_item")
@IdClass(ReferenceItem.Key.class)
@NamedQuery(
    name = "ReferenceItem.findActive",
    query =
        "SELECT r FROM ReferenceItem r WHERE r.active = :active ORDER BY r.listCode, r.sortOrder")
public class ReferenceItem {

  /** The primary key: list and code. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String listCode;
    private String code;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && java.util.Objects.equals(listCode, k.listCode)
          && java.util.Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(listCode, code);
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

  public String getListCode() {
    return listCode;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
