package org.constable.web.leave;

import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.security.Permissions;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.MenuEntry.Group;
import org.constable.web.shell.PageGuard;

/** Leave: menu and pages. */
@ApplicationScoped
public class LeaveCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry(
            "menuLeaveDesk",
            "menu.leave.desk",
            "/leave/desk",
            Permissions.LEAVE_MANAGE,
            Group.MAIN,
            70),
        new MenuEntry(
            "menuLeaveApprovals",
            "menu.leave.approvals",
            "/leave/approvals",
            Permissions.LEAVE_APPROVE,
            Group.MAIN,
            71),
        new MenuEntry(
            "menuLeaveRate",
            "menu.leave.rate",
            "/leave/rate",
            Permissions.LEAVE_MANAGE,
            Group.MAIN,
            72),
        new MenuEntry(
            "menuLeaveRateLeader",
            "menu.leave.rate",
            "/leave/rate",
            Permissions.LEAVE_APPROVE,
            Group.MAIN,
            72),
        new MenuEntry(
            "menuRecuperation",
            "menu.leave.recuperation",
            "/leave/recuperation",
            Permissions.LEAVE_MANAGE,
            Group.MAIN,
            72),
        new MenuEntry(
            "menuLeaveCalendar",
            "menu.leave.calendar",
            "/leave/calendar",
            Permissions.LEAVE_MANAGE,
            Group.MAIN,
            73),
        new MenuEntry(
            "menuLeaveCalendarAdmin",
            "menu.leave.calendar",
            "/leave/calendar",
            Permissions.POLICY_MANAGE,
            Group.ADMIN,
            73),
        new MenuEntry(
            "menuMyLeave",
            "menu.leave.mine",
            "/leave/mine",
            Permissions.LEAVE_REQUEST,
            Group.MINE,
            26));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(
        page("/leave/mine.xhtml", Permissions.LEAVE_REQUEST),
        page("/leave/approvals.xhtml", Permissions.LEAVE_APPROVE),
        page("/leave/desk.xhtml", Permissions.LEAVE_MANAGE),
        page("/leave/rate.xhtml", Permissions.LEAVE_MANAGE, Permissions.LEAVE_APPROVE),
        page("/leave/recuperation.xhtml", Permissions.LEAVE_MANAGE),
        page("/leave/calendar.xhtml", Permissions.LEAVE_MANAGE, Permissions.POLICY_MANAGE));
  }
}
