package org.constable.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.UnitRow;

/**
 * The suggestions of every unit picker: units of the user's scope whose name or code matches what
 * was typed. With {@link UnitConverter}: {@code completeMethod="#{unitPicker.complete}"
 * converter="#{unitConverter}"}.
 */
@Named
@RequestScoped
public class UnitPicker {

  static final int SUGGESTIONS = 15;

  @Inject private OrgUnitDirectory units;

  public List<UnitRow> complete(String query) {
    return units.search(query, 0, SUGGESTIONS);
  }
}
