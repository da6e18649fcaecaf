package org.constable.web.shell;

import java.io.IOException;
import java.io.InputStream;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.primefaces.event.FileUploadEvent;

/**
 * An uploaded proof or scan, checked by {@link Attachment#checked}; the user is told either way.
 */
public final class Uploads {

  private Uploads() {}

  /** The checked file, or null after an error message. */
  public static Attachment attachment(FileUploadEvent event, long maxBytes, String receivedKey) {
    try (InputStream in = event.getFile().getInputStream()) {
      // one byte past the limit is enough to refuse it (the server caps the request at 10 MB)
      byte[] content = in.readNBytes((int) maxBytes + 1);
      Attachment file = Attachment.checked(event.getFile().getFileName(), content, maxBytes);
      FacesMessages.info(receivedKey, file.fileName());
      return file;
    } catch (BusinessException e) {
      FacesMessages.error(e);
    } catch (IOException e) {
      FacesMessages.error("upload.broken");
    }
    return null;
  }
}
