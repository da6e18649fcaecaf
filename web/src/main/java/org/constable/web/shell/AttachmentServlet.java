package org.constable.web.shell;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.Attachment;
import org.constable.platform.NotFoundException;
import org.constable.platform.OutOfScopeException;

/**
 * Opens an uploaded file (a proof, a scan) in the browser at {@code …/{id}}, as the service that
 * owns it decides: 403 for a caller it refuses, 404 for a hand-edited id. The type is the one told
 * by the file's bytes at upload, never by its name or the browser's claim.
 */
public abstract class AttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The file, through the service's own checks. */
  protected abstract Attachment find(long id);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Attachment file;
    try {
      file = find(id);
    } catch (NotFoundException | OutOfScopeException e) {
      // beyond the scope answers as absent: an id cannot tell another county's files from none
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    byte[] content = file.content();
    response.setContentType(file.contentType());
    response.setContentLength(content.length);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition",
        "inline; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(content);
  }
}
