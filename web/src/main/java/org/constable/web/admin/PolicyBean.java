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

/** ADMIN edits the policy parameters; each change is audited by the service. */
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
    private String value;

    Row(PolicyParameter p) {
      this.key = p.getKey();
      this.defaultValue = p.getDefaultValue();
      this.range =
          p.getMinValue() == null
              ? ""
              : p.getMinValue().stripTrailingZeros().toPlainString()
                  + " – "
                  + p.getMaxValue().stripTrailingZeros().toPlainString();
      this.version = p.getVersion();
      this.value = p.getValue();
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
    rows = policy.all().stream().map(Row::new).toList();
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
