package org.constable.web.qualification;

import static org.constable.web.shell.PageGuard.LOGGED_IN;
import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.security.Permissions;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.MenuEntry.Group;
import org.constable.web.shell.PageGuard;
import org.constable.web.shell.RecordTab;

/** Certificates and qualification compliance: menu, pages and the certificates tab. */
@ApplicationScoped
public class QualificationCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        main(
            "menuCertificates",
            "menu.qualification.certificates",
            "/qualification/certificates",
            55),
        main("menuCompliance", "menu.qualification.compliance", "/qualification/compliance", 56),
        main(
            "menuRequirements",
            "menu.qualification.requirements",
            "/qualification/requirements",
            57),
        main("menuCertificateTypes", "menu.qualification.types", "/qualification/types", 58),
        new MenuEntry(
            "menuAdminRequirements",
            "menu.qualification.requirements",
            "/qualification/requirements",
            Permissions.QUALIFICATION_DEFINE,
            Group.ADMIN,
            50),
        new MenuEntry(
            "menuAdminCertificateTypes",
            "menu.qualification.types",
            "/qualification/types",
            Permissions.QUALIFICATION_DEFINE,
            Group.ADMIN,
            51));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(
        page("/qualification/certificates.xhtml", Permissions.QUALIFICATION_MANAGE),
        page("/qualification/compliance.xhtml", Permissions.QUALIFICATION_MANAGE),
        // reference data every logged-in user may read; the services decide who sets it
        page("/qualification/requirements.xhtml", LOGGED_IN),
        page("/qualification/types.xhtml", LOGGED_IN));
  }

  @Override
  public List<RecordTab> recordTabs() {
    return List.of(
        RecordTab.forEveryReader(
            "certificates",
            "officer.tab.certificates",
            "/WEB-INF/qualification/record-certificates.xhtml",
            15));
  }

  private static MenuEntry main(String id, String labelKey, String outcome, int order) {
    return new MenuEntry(
        id, labelKey, outcome, Permissions.QUALIFICATION_MANAGE, Group.MAIN, order);
  }
}
