package org.constable.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.constable.personnel.OfficerDetails;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerRow;
import org.constable.personnel.OfficerSort;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.platform.BusinessException;

/**
 * Officers within the caller's scope, read-only. {@code sort} names a row field (policeNumber,
 * name, birthDate, unitNameZh, unitNameEn), with a leading '-' for descending order; {@code
 * serving=true} keeps the serving statuses (the list page's 在职).
 */
@Path("/officers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficerResource {

  @Inject private OfficerDirectory officers;

  @GET
  public Page<OfficerRow> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("q") String text,
      @QueryParam("unit") Long unitId,
      @QueryParam("line") String lineCode,
      @QueryParam("post") String postCode,
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("serving") boolean serving,
      @QueryParam("sort") String sort) {
    var filter = filter(text, unitId, lineCode, postCode, status, category).withServing(serving);
    return new Page<>(
        officers.count(filter),
        officers.search(
            filter, sortOf(sort), first, Math.min(size, OfficerDirectory.MAX_PAGE_SIZE)));
  }

  /** The same page by the least work, timed (see {@link Floors}): the total and police numbers. */
  @GET
  @Path("/floor")
  public Response floor(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("q") String text,
      @QueryParam("unit") Long unitId,
      @QueryParam("line") String lineCode,
      @QueryParam("post") String postCode,
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("serving") boolean serving,
      @QueryParam("sort") String sort) {
    var filter = filter(text, unitId, lineCode, postCode, status, category).withServing(serving);
    return Floors.timed(() -> officers.floor(filter, sortOf(sort), first, size));
  }

  private static OfficerFilter filter(
      String text, Long unitId, String line, String post, String status, String category) {
    return new OfficerFilter(
        text,
        unitId,
        line,
        post,
        parse("status", status, OfficerStatus::valueOf),
        parse("category", category, PersonnelCategory::valueOf));
  }

  @GET
  @Path("{id}")
  public OfficerDetails one(@PathParam("id") long id) {
    return officers.find(id);
  }

  private static OfficerSort sortOf(String sort) {
    if (sort == null || sort.isBlank()) {
      return OfficerSort.DEFAULT;
    }
    boolean descending = sort.startsWith("-");
    return OfficerSort.by(descending ? sort.substring(1) : sort, !descending);
  }

  private static <E extends Enum<E>> E parse(String name, String value, Function<String, E> of) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return of.apply(value.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("officers.badParameter", name, value);
    }
  }
}
