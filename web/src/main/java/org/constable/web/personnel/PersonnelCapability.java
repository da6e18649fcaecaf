package org.constable.web.personnel;

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

/** The register: officers, their record, the roster import, units, recruits. */
@ApplicationScoped
public class PersonnelCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        entry(
            "menuOfficers", "menu.officers", "/personnel/officers", Permissions.PERSONNEL_READ, 10),
        entry(
            "menuNewOfficer",
            "menu.newOfficer",
            "/personnel/officer-edit",
            Permissions.PERSONNEL_WRITE,
            20),
        entry(
            "menuRosterImport",
            "menu.rosterImport",
            "/personnel/import",
            Permissions.PERSONNEL_WRITE,
            30),
        entry("menuUnits", "menu.units", "/personnel/units", Permissions.ORGUNIT_WRITE, 40),
        entry(
            "menuRecruits", "menu.recruits", "/personnel/recruits", Permissions.PERSONNEL_READ, 50),
        new MenuEntry(
            "menuMyRecord",
            "menu.myRecord",
            "/personnel/officer?id=" + MenuEntry.OWN_OFFICER_ID,
            Permissions.SELF_READ,
            Group.MINE,
            10));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(
        page("/personnel/officers.xhtml", Permissions.PERSONNEL_READ),
        // the officer's own record, or one the caller may read: OfficerDirectory decides
        page("/personnel/officer.xhtml", LOGGED_IN),
        page("/personnel/officer-edit.xhtml", Permissions.PERSONNEL_WRITE),
        page("/personnel/import.xhtml", Permissions.PERSONNEL_WRITE),
        page("/personnel/units.xhtml", Permissions.ORGUNIT_WRITE),
        page("/personnel/recruits.xhtml", Permissions.PERSONNEL_READ));
  }

  @Override
  public List<RecordTab> recordTabs() {
    return List.of(
        RecordTab.forEveryReader(
            "basic", "officer.tab.basic", "/WEB-INF/personnel/record-basic.xhtml", 0),
        RecordTab.forEveryReader(
            "resume", "officer.tab.resume", "/WEB-INF/personnel/record-resume.xhtml", 5),
        RecordTab.forEveryReader(
            "history", "officer.tab.history", "/WEB-INF/personnel/record-history.xhtml", 10));
  }

  private static MenuEntry entry(
      String id, String labelKey, String outcome, String permission, int order) {
    return new MenuEntry(id, labelKey, outcome, permission, Group.MAIN, order);
  }
}
