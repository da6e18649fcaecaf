package org.constable.web.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.constable.personnel.Education;
import org.constable.personnel.EntryChannel;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;

/** The values the edit form offers for the fixed lists (labels come from the bundles). */
@Named
@ApplicationScoped
public class OfficerChoices {

  public List<String> getCategories() {
    return names(PersonnelCategory.values());
  }

  public List<String> getStatuses() {
    return names(OfficerStatus.values());
  }

  public List<String> getEducations() {
    return names(Education.values());
  }

  public List<String> getPoliticalStatuses() {
    return names(org.constable.personnel.PoliticalStatus.values());
  }

  public List<String> getEntryChannels() {
    return names(EntryChannel.values());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
