package org.constable.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.constable.platform.BusinessException;

/** One number or switch of the policy, with the default the seed gives it. */
@Entity
@Table(name = "policy_parameter")
@NamedQuery(
    name = "PolicyParameter.findAll",
    query = "SELECT p FROM PolicyParameter p ORDER BY p.key")
public class PolicyParameter {

  public enum Type {
    INTEGER,
    DECIMAL,
    BOOLEAN
  }

  @Id
  @Column(name = "param_key")
  private String key;

  @Column(name = "value_type", nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Type type;

  @Column(name = "param_value", nullable = false)
  private String value;

  @Column(name = "default_value", nullable = false)
  private String defaultValue;

  @Column(name = "min_value")
  private BigDecimal minValue;

  @Column(name = "max_value")
  private BigDecimal maxValue;

  @Version private long version;

  protected PolicyParameter() {}

  /** Validates the text against the type and bounds, then takes it. */
  void change(String newValue) {
    String text = newValue == null ? "" : newValue.trim();
    switch (type) {
      case BOOLEAN -> {
        if (!text.equals("true") && !text.equals("false")) {
          throw new BusinessException("policy.notBoolean", key);
        }
      }
      case INTEGER, DECIMAL -> checkNumber(text);
    }
    this.value = text;
  }

  private void checkNumber(String text) {
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new BusinessException("policy.notNumber", key);
    }
    if (type == Type.INTEGER && number.stripTrailingZeros().scale() > 0) {
      throw new BusinessException("policy.notInteger", key);
    }
    if ((minValue != null && number.compareTo(minValue) < 0)
        || (maxValue != null && number.compareTo(maxValue) > 0)) {
      throw new BusinessException("policy.outOfRange", key, minValue, maxValue);
    }
  }

  public String getKey() {
    return key;
  }

  public Type getType() {
    return type;
  }

  public String getValue() {
    return value;
  }

  public String getDefaultValue() {
    return defaultValue;
  }

  public BigDecimal getMinValue() {
    return minValue;
  }

  public BigDecimal getMaxValue() {
    return maxValue;
  }

  public long getVersion() {
    return version;
  }
}
