package org.constable.audit;

/**
 * A snapshot value that the audit compares whole but writes only as {@code shown}, such as an ID
 * number written as its mask: the entry says that it changed without holding it.
 */
public record Concealed(String value, String shown) {

  @Override
  public String toString() {
    return shown;
  }
}
