package org.constable.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit of the force: the city bureau, a county bureau, a department, a brigade or a police
 * station. Units form a tree; {@code path} lists the ids from the root down to this unit, so "this
 * unit and everything beneath it" is a prefix match.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

  @Id
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  /** The name, after the parent's where the name repeats; kept in step by {@link UnitLabels}. */
  @Column(name = "label_zh", nullable = false)
  private String labelZh;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UnitKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Column(nullable = false)
  private String path;

  @Column(name = "region_code")
  private String regionCode;

  private boolean closed;

  @Version private long version;

  protected OrgUnit() {}

  public OrgUnit(String code, String nameZh, String nameEn, UnitKind kind, String regionCode) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.kind = kind;
    this.regionCode = regionCode;
    relabel(false);
  }

  /** Sets the path once the id is known; call after persist and flush. */
  public void placeUnder(OrgUnit newParent) {
    this.parent = newParent;
    this.path = (newParent == null ? "/" : newParent.getPath()) + id + "/";
  }

  void rename(String newNameZh, String newNameEn) {
    this.nameZh = newNameZh;
    this.nameEn = newNameEn;
    relabel(false);
  }

  /** Labels the unit by its name, after its parent's where another unit has the same name. */
  void relabel(boolean nameRepeats) {
    boolean afterParent = nameRepeats && parent != null;
    this.labelZh = afterParent ? parent.getNameZh() + " / " + nameZh : nameZh;
    this.labelEn = afterParent ? parent.getNameEn() + " / " + nameEn : nameEn;
  }

  void close() {
    this.closed = true;
  }

  /** The fields an audit entry compares. */
  java.util.Map<String, Object> auditSnapshot() {
    var snapshot = new java.util.LinkedHashMap<String, Object>();
    snapshot.put("code", code);
    snapshot.put("nameZh", nameZh);
    snapshot.put("nameEn", nameEn);
    snapshot.put("kind", kind);
    snapshot.put("parent", parent == null ? null : parent.getCode());
    snapshot.put("closed", closed);
    return snapshot;
  }

  public boolean contains(OrgUnit other) {
    return other.getPath().startsWith(path);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getLabelZh() {
    return labelZh;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String name(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }

  public UnitKind getKind() {
    return kind;
  }

  public OrgUnit getParent() {
    return parent;
  }

  public String getPath() {
    return path;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public boolean isClosed() {
    return closed;
  }

  public long getVersion() {
    return version;
  }
}
