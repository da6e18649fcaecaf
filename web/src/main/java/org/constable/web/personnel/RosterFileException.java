package org.constable.web.personnel;

import org.constable.platform.BusinessException;

/** A roster file that cannot be read as a whole: not a spreadsheet, no header, too large … */
public class RosterFileException extends BusinessException {

  static final String EMPTY = "roster.file.empty";
  static final String BROKEN = "roster.file.broken";
  static final String OLD_EXCEL = "roster.file.oldExcel";
  static final String WRONG_TYPE = "roster.file.type";
  static final String ENCODING = "roster.file.encoding";
  static final String UNCLOSED_QUOTE = "roster.file.unclosedQuote";
  static final String BAD_QUOTE = "roster.file.badQuote";
  static final String TOO_LARGE = "roster.file.tooLarge";
  static final String TOO_MANY_ROWS = "roster.file.tooManyRows";
  static final String NO_HEADER = "roster.file.noHeader";
  static final String UNKNOWN_COLUMNS = "roster.file.unknownColumns";
  static final String MISSING_COLUMNS = "roster.file.missingColumns";
  static final String REPEATED_COLUMN = "roster.file.repeatedColumn";
  static final String NO_ROWS = "roster.file.noRows";

  public RosterFileException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
