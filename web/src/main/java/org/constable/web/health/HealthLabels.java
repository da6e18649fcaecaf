package org.constable.web.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.constable.health.CheckInput;
import org.constable.web.shell.ReferenceLabels;

/** The names of conclusions and conditions in the view's language. */
@Named
@RequestScoped
public class HealthLabels {

  @Inject private ReferenceLabels references;

  public String conclusion(String code) {
    return references.label(CheckInput.CONCLUSIONS, code);
  }

  public String condition(String code) {
    return references.label(CheckInput.CONDITIONS, code);
  }

  public String conditions(List<String> codes) {
    return codes == null
        ? ""
        : codes.stream().map(this::condition).collect(Collectors.joining("、"));
  }
}
