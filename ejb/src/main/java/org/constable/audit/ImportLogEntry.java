package org.constable.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One import in the import log: who, when, which file, how many rows, and how it ended. */
@Entity
@Table(name = "import_log")
public class ImportLogEntry {

  @Id
  @SequenceGenerator(name = "import_log_seq", sequenceName = "import_log_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_log_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportKind kind;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "imported_by")
  private String importedBy;

  @Column(name = "scope_path", nullable = false)
  private String scopePath;

  @Column(name = "imported_at", nullable = false)
  private LocalDateTime importedAt;

  @Column(name = "row_count")
  private int rowCount;

  @Column(name = "created_count")
  private int createdCount;

  @Column(name = "updated_count")
  private int updatedCount;

  @Column(name = "error_count")
  private int errorCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportOutcome outcome;

  protected ImportLogEntry() {}

  ImportLogEntry(
      ImportLogDraft draft, String importedBy, String scopePath, LocalDateTime importedAt) {
    this.kind = draft.kind();
    this.fileName = draft.fileName();
    this.importedBy = importedBy;
    this.scopePath = scopePath;
    this.importedAt = importedAt;
    this.rowCount = draft.rows();
    this.createdCount = draft.created();
    this.updatedCount = draft.updated();
    this.errorCount = draft.errors();
    this.outcome = draft.outcome();
  }

  public Long getId() {
    return id;
  }
}
