package org.constable.audit;

/**
 * What became of one import, as its page reports it.
 *
 * @param rows the data rows of the file
 * @param created new records, or records saved where the import does not tell new from updated
 */
public record ImportLogDraft(
    ImportKind kind,
    String fileName,
    int rows,
    int created,
    int updated,
    int errors,
    ImportOutcome outcome) {

  private static final int LONGEST_NAME = 200;

  public ImportLogDraft {
    String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
    fileName = name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME);
  }

  public static ImportLogDraft accepted(
      ImportKind kind, String fileName, int rows, int created, int updated) {
    return new ImportLogDraft(kind, fileName, rows, created, updated, 0, ImportOutcome.ACCEPTED);
  }

  public static ImportLogDraft refused(ImportKind kind, String fileName, int rows, int errors) {
    return new ImportLogDraft(kind, fileName, rows, 0, 0, errors, ImportOutcome.REFUSED);
  }

  public static ImportLogDraft cancelled(ImportKind kind, String fileName, int rows) {
    return new ImportLogDraft(kind, fileName, rows, 0, 0, 0, ImportOutcome.CANCELLED);
  }
}
