package se.huddinge.delaktighet.base.web;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Vaadin asks, for every request, whether its path is a static file, and for a page such as
 * {@code /forslag/HF-2026-0001} or a letter's link that means several misses through the class path and the servlet
 * context before the page is built (issue 11: 5 % of the CPU of the bare flow). Every file the portal serves has a
 * dot in its last segment or lies under {@code /VAADIN/}; a path with neither is a page, so in production it goes
 * straight to the router. In development Vaadin's own handler answers everything, as its dev server expects.
 */
final class PagesAreNotFiles implements StaticFileHandlerFactory {

    private final StaticFileHandlerFactory vaadins;

    PagesAreNotFiles(StaticFileHandlerFactory vaadins) {
        this.vaadins = vaadins;
    }

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        StaticFileHandler files = vaadins.createHandler(service);
        if (!service.getDeploymentConfiguration().isProductionMode()) {
            return files;
        }
        return new StaticFileHandler() {
            @Override
            public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                return !isPage(request) && files.serveStaticResource(request, response);
            }
        };
    }

    /** A path without a dot in its last segment, outside {@code /VAADIN/}: a route, never a file. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !path.startsWith("/VAADIN/") && path.indexOf('.', path.lastIndexOf('/') + 1) < 0;
    }
}
