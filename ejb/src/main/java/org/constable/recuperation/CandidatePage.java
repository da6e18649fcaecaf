package org.constable.recuperation;

import java.io.Serializable;
import java.util.List;

/** The first candidates in the rules' order, and how many candidates there are in all. */
public record CandidatePage(List<CandidateRow> rows, long total) implements Serializable {

  public CandidatePage {
    rows = List.copyOf(rows);
  }
}
