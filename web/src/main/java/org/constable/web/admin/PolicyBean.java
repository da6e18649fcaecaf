package org.constable.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.constable.platform.BusinessException;
import org.constable.policy.PolicyParameter;
import org.constable.policy.PolicyService;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.Texts;

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
    private final boolean yesNo;
    private final String name;
    private String value;

    Row(PolicyParameter p, boolean kept, Locale locale) {
      this.key = p.getKey();
      this.yesNo = p.getType() == PolicyParameter.Type.BOOLEAN;
      this.name = Texts.get(locale, "policy." + key);
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

    /** The parameter's name in the user's language. */
    public String getName() {
      return name;
    }

    /** Whether it is a yes-or-no switch, shown and chosen as 是 / 否 rather than true / false. */
    public boolean isYesNo() {
      return yesNo;
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
    Locale locale = Texts.viewLocale();
    rows = policy.all().stream().map(p -> new Row(p, policy.keeps(p.getKey()), locale)).toList();
  }

  public void save(Row row) {
    try {
      policy.change(row.key, row.value, row.version);
      FacesMessages.info("policy.saved", row.name);
    } catch (BusinessException e) {
      FacesMessages.error(e.getMessageKey(), namedInstead(row, e.getArguments()));
    }
    load();
  }

  /** The service names the parameter by its key; the user reads its name. */
  private static Object[] namedInstead(Row row, Object[] arguments) {
    Object[] named = arguments.clone();
    for (int i = 0; i < named.length; i++) {
      if (row.key.equals(named[i])) {
        named[i] = row.name;
      }
    }
    return named;
  }

  public List<Row> getRows() {
    return rows;
  }
}
