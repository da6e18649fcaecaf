package org.constable.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;

/**
 * The unit a user picked, by its id, for every unit picker: {@code converter="#{unitConverter}"}.
 * Only units inside the user's scope convert; the service that uses the unit checks its own
 * permission. A CDI bean (not a {@code @FacesConverter}), so that its service is injected.
 */
@Named
@ApplicationScoped
public class UnitConverter implements Converter<UnitRow> {

  @Inject private OrgUnitDirectory units;

  @Override
  public UnitRow getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return units.find(Long.parseLong(value.strip()));
    } catch (NumberFormatException | BusinessException e) {
      String text = Texts.get(context.getViewRoot().getLocale(), "field.unknownUnit");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UnitRow unit) {
    return unit == null ? "" : String.valueOf(unit.id());
  }
}
