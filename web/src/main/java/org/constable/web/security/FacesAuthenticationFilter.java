package org.constable.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.UserFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Sends a visitor who is not logged in to the log-in page, remembering where it was going. An ajax
 * request gets a Faces partial-response redirect, since a plain 302 would be lost on it.
 */
public class FacesAuthenticationFilter extends UserFilter {

  @Override
  protected boolean isAccessAllowed(
      ServletRequest request, ServletResponse response, Object mapped) {
    return getSubject(request, response).isAuthenticated();
  }

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    var http = (HttpServletRequest) request;
    if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
      var out = (HttpServletResponse) response;
      out.setContentType("text/xml");
      out.setCharacterEncoding("UTF-8");
      out.getWriter()
          .printf(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/>"
                  + "</partial-response>",
              http.getContextPath() + getLoginUrl());
      return false;
    }
    saveRequest(request);
    WebUtils.issueRedirect(request, response, getLoginUrl());
    return false;
  }
}
