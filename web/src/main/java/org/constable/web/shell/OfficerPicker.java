package org.constable.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerRow;
import org.constable.personnel.OfficerSort;

/**
 * The suggestions of every officer picker: officers of the user's scope whose name or police number
 * matches what was typed, as police numbers ({@code itemValue="#{o.policeNumber()}"}), labelled
 * with name, number and unit so that two 王伟 can be told apart.
 */
@Named
@RequestScoped
public class OfficerPicker {

  static final int SUGGESTIONS = 15;

  @Inject private OfficerDirectory officers;

  public List<OfficerRow> complete(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return officers.search(
        new OfficerFilter(query.strip(), null, null, null, null, null),
        OfficerSort.DEFAULT,
        0,
        SUGGESTIONS);
  }

  /**
   * A suggestion's label; the value already chosen is the police number itself, which PrimeFaces
   * hands back here too (or nothing before a choice).
   */
  public String label(Object item) {
    if (!(item instanceof OfficerRow officer)) {
      return item == null ? "" : item.toString();
    }
    return labelOf(
        officer.name(), officer.policeNumber(), officer.unitNameZh(), officer.unitNameEn());
  }

  /**
   * How every picker of a person names one: name, police number and unit in the view's language.
   */
  public static String labelOf(
      String name, String policeNumber, String unitNameZh, String unitNameEn) {
    String unit = "zh".equals(Texts.viewLocale().getLanguage()) ? unitNameZh : unitNameEn;
    return name + " " + policeNumber + " · " + unit;
  }
}
