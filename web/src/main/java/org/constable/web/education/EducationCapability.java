package org.constable.web.education;

import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.security.Permissions;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.MenuEntry.Group;
import org.constable.web.shell.PageGuard;
import org.constable.web.shell.RecordTab;

/** Education upgrades and tuition reimbursement: menu, pages and the education tab. */
@ApplicationScoped
public class EducationCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry(
            "menuClaims",
            "menu.education.claims",
            "/education/claims",
            Permissions.EDUCATION_MANAGE,
            Group.MAIN,
            60),
        new MenuEntry(
            "menuDeadline",
            "menu.education.deadline",
            "/education/deadline",
            Permissions.EDUCATION_MANAGE,
            Group.MAIN,
            61),
        new MenuEntry(
            "menuAwards",
            "menu.education.awards",
            "/education/awards",
            Permissions.EDUCATION_MANAGE,
            Group.MAIN,
            62),
        new MenuEntry(
            "menuEducationReport",
            "menu.education.report",
            "/education/report",
            Permissions.EDUCATION_MANAGE,
            Group.MAIN,
            63),
        new MenuEntry(
            "menuMyEducation",
            "menu.education.mine",
            "/education/mine",
            Permissions.EDUCATION_CLAIM,
            Group.MINE,
            25));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(
        page("/education/mine.xhtml", Permissions.EDUCATION_CLAIM),
        page("/education/claims.xhtml", Permissions.EDUCATION_MANAGE),
        page("/education/deadline.xhtml", Permissions.EDUCATION_MANAGE),
        page("/education/awards.xhtml", Permissions.EDUCATION_MANAGE),
        page("/education/report.xhtml", Permissions.EDUCATION_MANAGE));
  }

  @Override
  public List<RecordTab> recordTabs() {
    return List.of(
        RecordTab.forEveryReader(
            "education", "officer.tab.education", "/WEB-INF/education/record-education.xhtml", 18));
  }
}
