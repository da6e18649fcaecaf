package org.constable.web.personnel;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.constable.personnel.OfficerPhotos;
import org.constable.platform.Attachment;
import org.constable.web.shell.AttachmentServlet;

/**
 * An officer's photo at {@code /personnel/photo/{officer id}}, for those who may read the record.
 */
@WebServlet("/personnel/photo/*")
public class PhotoServlet extends AttachmentServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient OfficerPhotos photos;

  @Override
  protected Attachment find(long id) {
    return photos.photo(id);
  }
}
