package org.constable.web.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerSort;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;

/**
 * The officer list's query parameters, shared by the list and its floor. {@code sort} names a row
 * field (policeNumber, name, birthDate, unitNameZh, unitNameEn), with a leading '-' for descending
 * order; {@code serving=true} keeps the serving statuses (the list page's 在职).
 */
public class OfficerQuery {

  @QueryParam("first")
  @DefaultValue("0")
  int first;

  @QueryParam("size")
  @DefaultValue("20")
  int size;

  @QueryParam("q")
  String text;

  @QueryParam("unit")
  Long unitId;

  @QueryParam("line")
  String lineCode;

  @QueryParam("post")
  String postCode;

  @QueryParam("status")
  String status;

  @QueryParam("category")
  String category;

  @QueryParam("serving")
  boolean serving;

  @QueryParam("sort")
  String sort;

  OfficerFilter filter() {
    return new OfficerFilter(
            text,
            unitId,
            lineCode,
            postCode,
            QueryParams.constant("officers.badParameter", "status", status, OfficerStatus::valueOf),
            QueryParams.constant(
                "officers.badParameter", "category", category, PersonnelCategory::valueOf))
        .withServing(serving);
  }

  OfficerSort sort() {
    if (sort == null || sort.isBlank()) {
      return OfficerSort.DEFAULT;
    }
    boolean descending = sort.startsWith("-");
    return OfficerSort.by(descending ? sort.substring(1) : sort, !descending);
  }

  int first() {
    return first;
  }

  int size() {
    return Math.min(size, OfficerDirectory.MAX_PAGE_SIZE);
  }
}
