package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.constable.training.TrainingRecordView;
import org.constable.training.TrainingRecords;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;

/**
 * The training tab of the officer record, and the officer's own "my training" page: the year
 * against the quota, sessions, results, retraining, rotation, eligibility; the PDF archive.
 */
@Named
@ViewScoped
public class TrainingRecordTab implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainingRecords records;
  @Inject private ReferenceLabels references;

  private Long loadedFor;
  private TrainingRecordView record;

  /** Read once per view, at the first render of the tab. */
  public TrainingRecordView record(Long officerId) {
    if (officerId == null) {
      return null;
    }
    if (!officerId.equals(loadedFor)) {
      record = records.record(officerId);
      loadedFor = officerId;
    }
    return record;
  }

  public void archive(Long officerId) {
    TrainingRecordView fresh = records.record(officerId);
    var locale = Texts.viewLocale();
    Downloads.send(
        Texts.get(locale, "training.archive.fileName", fresh.name()) + ".pdf",
        "training-archive-" + fresh.policeNumber() + ".pdf",
        Downloads.PDF,
        out -> TrainingArchivePdf.write(fresh, locale, references.in(locale), out));
  }
}
