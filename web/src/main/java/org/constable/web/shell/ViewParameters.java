package org.constable.web.shell;

import org.constable.platform.NotFoundException;

/** Reads the ids that URLs carry; a hand-edited, malformed one is a record that does not exist. */
public final class ViewParameters {

  private ViewParameters() {}

  /** The id in the parameter, or 404 (NotFoundException) for a missing or malformed one. */
  public static long id(String what, String parameter) {
    try {
      return Long.parseLong(parameter == null ? "" : parameter.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException(what, parameter);
    }
  }
}
