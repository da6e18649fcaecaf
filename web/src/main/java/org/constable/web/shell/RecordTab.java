package org.constable.web.shell;

import java.util.function.BiPredicate;
import org.constable.security.AccountPrincipal;

/**
 * A tab of the officer record (and of "my record"): its id, title key, the Facelets fragment that
 * renders it (under {@code /WEB-INF/}, with its own view-scoped bean reading {@code #{officerId}}),
 * its place, and who sees it for which officer. The record page has already refused an officer the
 * caller may not read; the tab's own service checks again.
 */
public record RecordTab(
    String id,
    String titleKey,
    String fragment,
    int order,
    BiPredicate<AccountPrincipal, Long> visible) {

  /** A tab that everyone who may read the record sees. */
  public static RecordTab forEveryReader(String id, String titleKey, String fragment, int order) {
    return new RecordTab(id, titleKey, fragment, order, (caller, officerId) -> true);
  }
}
