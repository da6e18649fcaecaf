package org.constable.demo.personnel;

import org.constable.personnel.UnitKind;

/**
 * A unit of the demo force. Units directly under a bureau are departments, units under a department
 * are brigades. {@code regionCode} is the 6-digit administrative division used in the ID numbers of
 * its people.
 */
public record DemoUnit(
    String code,
    String parentCode,
    String nameZh,
    String nameEn,
    UnitKind kind,
    String regionCode) {}
