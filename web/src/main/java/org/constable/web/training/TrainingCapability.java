package org.constable.web.training;

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

/** Training and exams: menu, pages and the training tab of the officer record. */
@ApplicationScoped
public class TrainingCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        main(
            "menuSessions",
            "menu.training.sessions",
            "/training/sessions",
            Permissions.TRAINING_MANAGE,
            60),
        main(
            "menuQuota", "menu.training.quota", "/training/quota", Permissions.TRAINING_MANAGE, 61),
        main(
            "menuRetraining",
            "menu.training.retraining",
            "/training/retraining",
            Permissions.TRAINING_MANAGE,
            62),
        main(
            "menuRotation",
            "menu.training.rotation",
            "/training/rotation",
            Permissions.TRAINING_MANAGE,
            63),
        main(
            "menuCourses",
            "menu.training.courses",
            "/training/courses",
            Permissions.TRAINING_MANAGE,
            64),
        main(
            "menuInstructors",
            "menu.training.instructors",
            "/training/instructors",
            Permissions.TRAINING_MANAGE,
            65),
        main("menuDesk", "menu.training.desk", "/training/desk", Permissions.TRAINING_TEACH, 66),
        main(
            "menuElsewhereReview",
            "menu.training.elsewhereReview",
            "/training/elsewhere-review",
            Permissions.TRAINING_MANAGE,
            67),
        main(
            "menuBudget",
            "menu.training.budget",
            "/training/budget",
            Permissions.TRAINING_MANAGE,
            68),
        new MenuEntry(
            "menuLedgerCheck",
            "menu.training.ledgerCheck",
            "/training/ledger-check",
            Permissions.POLICY_MANAGE,
            Group.ADMIN,
            60),
        new MenuEntry(
            "menuMyTraining",
            "menu.training.mine",
            "/training/mine",
            Permissions.SELF_READ,
            Group.MINE,
            20),
        new MenuEntry(
            "menuElsewhere",
            "menu.training.elsewhere",
            "/training/elsewhere",
            Permissions.SELF_READ,
            Group.MINE,
            21));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(
        page("/training/sessions.xhtml", Permissions.TRAINING_MANAGE),
        page("/training/desk.xhtml", Permissions.TRAINING_TEACH),
        // HR of the session or its staff: the services decide
        page("/training/session.xhtml", LOGGED_IN),
        page("/training/quota.xhtml", Permissions.TRAINING_MANAGE),
        page("/training/retraining.xhtml", Permissions.TRAINING_MANAGE),
        page("/training/rotation.xhtml", Permissions.TRAINING_MANAGE),
        page("/training/courses.xhtml", Permissions.TRAINING_MANAGE),
        page("/training/instructors.xhtml", Permissions.TRAINING_MANAGE),
        page("/training/checkin.xhtml", LOGGED_IN),
        page("/training/mine.xhtml", Permissions.SELF_READ),
        page("/training/elsewhere.xhtml", Permissions.SELF_READ),
        page("/training/evaluate.xhtml", Permissions.SELF_READ),
        page("/training/budget.xhtml", Permissions.TRAINING_MANAGE),
        page("/training/elsewhere-review.xhtml", Permissions.TRAINING_MANAGE),
        page("/training/ledger-check.xhtml", Permissions.POLICY_MANAGE));
  }

  @Override
  public List<RecordTab> recordTabs() {
    return List.of(
        RecordTab.forEveryReader(
            "training", "officer.tab.training", "/WEB-INF/training/record-training.xhtml", 20));
  }

  private static MenuEntry main(
      String id, String labelKey, String outcome, String permission, int order) {
    return new MenuEntry(id, labelKey, outcome, permission, Group.MAIN, order);
  }
}
