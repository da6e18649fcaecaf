package org.constable.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.constable.policy.PolicyParameter;
import org.constable.policy.PolicyService;
import org.constable.web.shell.FacesMessages;

/** The administrators edit the policy parameters they keep; the service audits each change. */
@Named
@ViewScoped
public class PolicyBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PolicyService policy;

  private List<Row> rows;

  /** One parameter as the page edits it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String defaultValue;
    private final String range;
    private final long version;
    private final boolean kept;
    private String value;

    Row(PolicyParameter p, boolean kept) {
      this.key = p.getKey();
      this.defaultValue = p.getDefaultValue();
      this.range =
          p.getMinValue() == null
              ? ""
              : p.getMinValue().stripTrailingZeros().toPlainString()
                  + " – "
                  + p.getMaxValue().stripTrailingZeros().toPlainString();
      this.version = p.getVersion();
      this.kept = kept;
      this.value = p.getValue();
    }

    /** Whether this user changes it (the security policy is the security administrator's). */
    public boolean isKept() {
      return kept;
    }

    public String getKey() {
      return key;
    }

    public String getDefaultValue() {
      return defaultValue;
    }

    public String getRange() {
      return range;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }
  }

  @PostConstruct
  void load() {
    rows = policy.all().stream().map(p -> new Row(p, policy.keeps(p.getKey()))).toList();
  }

  public void save(Row row) {
    FacesMessages.attempt(
        () -> policy.change(row.key, row.value, row.version), "policy.saved", row.key);
    load();
  }

  public List<Row> getRows() {
    return rows;
  }
}
