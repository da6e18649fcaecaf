package org.constable.web.reporting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.reporting.WorkforceStatistics;
import org.constable.web.shell.Texts;

/** A unit chosen on the dashboard, by id; only units whose figures the user may see convert. */
@FacesConverter(value = "workforceUnitConverter", managed = true)
public class WorkforceUnitConverter implements Converter<UnitRow> {

  @Inject private WorkforceStatistics statistics;

  @Override
  public UnitRow getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return statistics.unit(Long.parseLong(value.strip()));
    } catch (NumberFormatException | BusinessException e) {
      String text = Texts.get(context.getViewRoot().getLocale(), "workforce.unknownUnit");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UnitRow unit) {
    return unit == null ? "" : String.valueOf(unit.id());
  }
}
