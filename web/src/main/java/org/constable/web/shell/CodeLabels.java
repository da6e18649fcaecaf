package org.constable.web.shell;

/** The name of a reference code in one language, for exports built outside a page. */
@FunctionalInterface
public interface CodeLabels {

  String label(String list, String code);
}
