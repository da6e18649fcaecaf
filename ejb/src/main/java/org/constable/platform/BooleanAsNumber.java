package org.constable.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Flags are NUMBER(1) columns (Oracle has no boolean column before 23ai). Converting here, for
 * every boolean attribute and for the query parameters compared with them, keeps Java booleans in
 * the domain and 0/1 in the database; H2 in Oracle mode refuses to compare a number with a boolean.
 */
@Converter(autoApply = true)
public class BooleanAsNumber implements AttributeConverter<Boolean, Integer> {

  @Override
  public Integer convertToDatabaseColumn(Boolean value) {
    return value == null ? null : value ? 1 : 0;
  }

  @Override
  public Boolean convertToEntityAttribute(Integer value) {
    return value == null ? null : value != 0;
  }
}
