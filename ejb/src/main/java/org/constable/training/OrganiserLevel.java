package org.constable.training;

/**
 * Who runs a course: the city bureau trains its own officers, county deputy heads, heads of
 * front-line units and rank promotion up to 警督; a county bureau trains the rest of its force.
 */
public enum OrganiserLevel {
  CITY,
  COUNTY
}
