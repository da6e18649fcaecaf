package org.constable.web.personnel;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.web.shell.Texts;

/** A unit chosen in a page, by its id; only units inside the user's scope convert. */
@FacesConverter(value = "unitConverter", managed = true)
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
      String text = Texts.get(context.getViewRoot().getLocale(), "officers.unknownUnit");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UnitRow unit) {
    return unit == null ? "" : String.valueOf(unit.id());
  }
}
