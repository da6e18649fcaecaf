package org.constable.web.health;

import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.security.AccountPrincipal;
import org.constable.security.Permissions;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.MenuEntry.Group;
import org.constable.web.shell.PageGuard;
import org.constable.web.shell.RecordTab;

/**
 * Health checks: the coverage report (counts for HR and leaders, names with health:read), the
 * import of the institution's workbook, the health archive tab and 我的健康档案.
 */
@ApplicationScoped
public class HealthCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry(
            "menuHealthReport",
            "menu.health.report",
            "/health/report",
            Permissions.PERSONNEL_READ,
            Group.MAIN,
            75),
        new MenuEntry(
            "menuHealthImport",
            "menu.health.import",
            "/health/import",
            Permissions.HEALTH_MANAGE,
            Group.MAIN,
            76),
        new MenuEntry(
            "menuMyHealth",
            "menu.health.mine",
            "/health/mine",
            Permissions.SELF_READ,
            Group.MINE,
            26));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(
        page("/health/mine.xhtml", Permissions.SELF_READ),
        page("/health/report.xhtml", Permissions.PERSONNEL_READ),
        page("/health/import.xhtml", Permissions.HEALTH_MANAGE));
  }

  /** The health archive tab: for health:read, or on the caller's own record. */
  @Override
  public List<RecordTab> recordTabs() {
    return List.of(
        new RecordTab(
            "health",
            "officer.tab.health",
            "/WEB-INF/health/record-health.xhtml",
            19,
            HealthCapability::showsArchive));
  }

  /** Whether the caller sees this officer's health archive: health:read, or its own. */
  private static boolean showsArchive(AccountPrincipal caller, Long officerId) {
    return caller.can(Permissions.HEALTH_READ)
        || (officerId != null && officerId == caller.officerId());
  }
}
