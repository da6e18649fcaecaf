package org.constable.web.training;

import org.constable.personnel.RowError;
import org.constable.training.TrainingRowsRejectedException;
import org.constable.web.shell.FacesMessages;

/** How the training pages tell a user which rows were refused. */
final class TrainingTexts {

  private TrainingTexts() {}

  /** One message per bad row: "第 3 行（王伟）：…". */
  static void rowErrors(TrainingRowsRejectedException e) {
    for (RowError error : e.getErrors()) {
      FacesMessages.error(
          "training.rows.error",
          error.rowNumber(),
          error.field(),
          org.constable.web.shell.Texts.get(
              org.constable.web.shell.Texts.viewLocale(),
              error.messageKey(),
              error.arguments().toArray()));
    }
  }
}
