package org.constable.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A reference list as a capability declared it in its migration. */
@Entity
@Table(name = "reference_list")
@NamedQuery(
    name = "ReferenceListDefinition.findAll",
    query = "SELECT l FROM ReferenceListDefinition l ORDER BY l.sortOrder, l.code")
public class ReferenceListDefinition {

  @Id private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  /** The capability that declared the list, e.g. {@code personnel}. */
  @Column(nullable = false)
  private String capability;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected ReferenceListDefinition() {}

  ReferenceListView toView() {
    return new ReferenceListView(code, nameZh, nameEn, capability);
  }
}
