package org.constable.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /download-progress?token=…}: how far the current user's download of that token has come,
 * as {@code {"done":1200,"total":3000,"finished":false}}; 404 for any other token.
 */
@WebServlet("/download-progress")
public class DownloadProgressServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient DownloadProgress downloads;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var status = downloads.status(request.getParameter("token"));
    response.setHeader("Cache-Control", "no-store");
    if (status.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            "{\"done\":"
                + status.get().done()
                + ",\"total\":"
                + status.get().total()
                + ",\"finished\":"
                + status.get().finished()
                + "}");
  }
}
