/**
 * Personnel: officers and org units, and the value objects and rules they rest on (ID and police
 * numbers, categories, ages, station staffing, reference lists). The rules are plain classes with
 * no container dependency; invalid values raise {@link
 * org.constable.personnel.InvalidValueException} with a message key of the bundles.
 */
package org.constable.personnel;
