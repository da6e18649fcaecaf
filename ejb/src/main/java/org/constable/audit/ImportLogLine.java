package org.constable.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An import as the log lists it, the importer by name. */
public record ImportLogLine(
    LocalDateTime importedAt,
    String fileName,
    String importerPoliceNumber,
    String importerName,
    int rows,
    int created,
    int updated,
    int errors,
    ImportOutcome outcome)
    implements Serializable {}
