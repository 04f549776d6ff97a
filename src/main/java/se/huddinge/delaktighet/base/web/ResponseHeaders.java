package se.huddinge.delaktighet.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries (the security module's), for the answers given where its filters do not run:
 * Tomcat's refusals of a malformed request and the error page.
 */
@FunctionalInterface
public interface ResponseHeaders {

    void writeTo(HttpServletRequest request, HttpServletResponse response);
}
