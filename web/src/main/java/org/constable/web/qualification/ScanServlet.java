package org.constable.web.qualification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.constable.platform.Attachment;
import org.constable.qualification.Certificates;
import org.constable.web.shell.AttachmentServlet;

/** A certificate's scan at {@code /qualification/scan/{id}}, for those who may read its record. */
@WebServlet("/qualification/scan/*")
public class ScanServlet extends AttachmentServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient Certificates certificates;

  @Override
  protected Attachment find(long id) {
    return certificates.scan(id);
  }
}
