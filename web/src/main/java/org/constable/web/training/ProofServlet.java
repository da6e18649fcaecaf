package org.constable.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.Attachment;
import org.constable.platform.NotFoundException;
import org.constable.training.ExternalTrainings;

/**
 * The proof of a record of training done elsewhere, opened in the browser (a PDF or a photo) at
 * {@code /training/proof/{id}}: for the officer itself and those who may read its record, as the
 * service decides; anyone else gets 403, a hand-edited id 404.
 */
@WebServlet("/training/proof/*")
public class ProofServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ExternalTrainings trainings;

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
    Attachment proof;
    try {
      proof = trainings.proof(id);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    byte[] content = proof.content();
    // the type was told by the bytes at upload, never by the name or the browser's claim
    response.setContentType(proof.contentType());
    response.setContentLength(content.length);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition",
        "inline; filename*=UTF-8''"
            + URLEncoder.encode(proof.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(content);
  }
}
