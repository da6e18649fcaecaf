package org.constable.qualification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who must hold what, and what share of them: any one of the accepted types counts, or a
 * postgraduate degree where {@link #postgraduate} says so.
 */
@Entity
@Table(name = "cert_requirement")
public class CertificateRequirement {

  @Id
  @SequenceGenerator(
      name = "qualification_seq",
      sequenceName = "qualification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qualification_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false)
  private SubjectKind subjectKind;

  @Column(name = "subject_code")
  private String subjectCode;

  @Column(name = "target_percent", nullable = false)
  private int targetPercent;

  private boolean postgraduate;

  private String basis;

  private boolean active = true;

  @Column(name = "sort_order")
  private int sortOrder;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "cert_requirement_type",
      joinColumns = @JoinColumn(name = "requirement_id"))
  @Column(name = "type_code")
  private Set<String> typeCodes = new TreeSet<>();

  @Version private long version;

  protected CertificateRequirement() {}

  CertificateRequirement(RequirementInput input) {
    take(input);
  }

  void take(RequirementInput input) {
    subjectKind = input.subjectKind();
    subjectCode = subjectKind.needsCode() ? input.subjectCode() : null;
    targetPercent = input.targetPercent();
    postgraduate = input.postgraduate();
    basis = input.basis() == null || input.basis().isBlank() ? null : input.basis().strip();
    active = input.active();
    sortOrder = input.sortOrder();
    typeCodes.clear();
    typeCodes.addAll(input.typeCodes());
  }

  public Long getId() {
    return id;
  }

  public SubjectKind getSubjectKind() {
    return subjectKind;
  }

  public String getSubjectCode() {
    return subjectCode;
  }

  public int getTargetPercent() {
    return targetPercent;
  }

  public boolean isPostgraduate() {
    return postgraduate;
  }

  public String getBasis() {
    return basis;
  }

  public boolean isActive() {
    return active;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public Set<String> getTypeCodes() {
    return Set.copyOf(typeCodes);
  }

  public long getVersion() {
    return version;
  }
}
