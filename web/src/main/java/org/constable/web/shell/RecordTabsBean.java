package org.constable.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.constable.security.CurrentUser;

/**
 * The tabs of the officer record, from every capability. The page builds all of them (the same list
 * on every request, as Faces needs), renders those the caller sees for this officer, and builds the
 * content of those alone: a hidden tab's fragment never asks its bean for data.
 */
@Named("recordTabs")
@RequestScoped
public class RecordTabsBean {

  @Inject private Capabilities capabilities;
  @Inject private CurrentUser currentUser;

  public List<RecordTab> getAll() {
    return capabilities.recordTabs();
  }

  public boolean shows(RecordTab tab, Long officerId) {
    return officerId != null
        && currentUser
            .principal()
            .map(caller -> tab.visible().test(caller, officerId))
            .orElse(false);
  }
}
