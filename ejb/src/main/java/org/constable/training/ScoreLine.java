package org.constable.training;

import java.io.Serializable;

/** A score as typed on the page or read from a workbook row: blank means no result. */
public record ScoreLine(int row, String policeNumber, String score) implements Serializable {}
