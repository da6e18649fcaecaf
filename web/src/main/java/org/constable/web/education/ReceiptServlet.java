package org.constable.web.education;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.constable.education.Claims;
import org.constable.platform.Attachment;
import org.constable.web.shell.AttachmentServlet;

/**
 * A claim's receipt at {@code /education/receipt/{id}}, for those who may read the officer's
 * record.
 */
@WebServlet("/education/receipt/*")
public class ReceiptServlet extends AttachmentServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient Claims claims;

  @Override
  protected Attachment find(long id) {
    return claims.receipt(id);
  }
}
