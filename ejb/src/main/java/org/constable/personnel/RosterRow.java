package org.constable.personnel;

import java.io.Serializable;

/**
 * One data row of a roster file, with its row number as the user sees it in the spreadsheet (the
 * header is row 1, the first data row is row 2).
 */
public record RosterRow(int rowNumber, OfficerInput input) implements Serializable {}
