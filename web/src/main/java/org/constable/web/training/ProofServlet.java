package org.constable.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.constable.platform.Attachment;
import org.constable.training.ExternalTrainings;
import org.constable.web.shell.AttachmentServlet;

/**
 * The proof of a record of training done elsewhere, opened in the browser (a PDF or a photo) at
 * {@code /training/proof/{id}}: for the officer itself and those who may read its record, as the
 * service decides.
 */
@WebServlet("/training/proof/*")
public class ProofServlet extends AttachmentServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ExternalTrainings trainings;

  @Override
  protected Attachment find(long id) {
    return trainings.proof(id);
  }
}
