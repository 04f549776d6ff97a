package se.huddinge.delaktighet.base.web;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Vaadin asks, for every request, whether its path is a static file, and for a page such as
 * {@code /forslag/HF-2026-0001} or a letter's link that means several misses through the class path and the servlet
 * context before the page is built (issue 11: 5 % of the CPU of the bare flow). Every file the portal serves has a
 * dot in its last segment or lies under {@code /VAADIN/}; a path with neither is a page, so in production it goes
 * straight to the router. In development Vaadin's own handler answers everything, as its dev server expects.
 * <p>
 * Installed through a public extension point: Vaadin's Spring lookup takes a Spring bean of a service type before
 * its own default, and this bean hands out Vaadin's own {@link StaticFileServer}, wrapped. Switched by
 * {@code portal.framework.pages-are-not-files} and written for Vaadin {@value #WRITTEN_FOR} (docs/framework-coupling.md).
 */
@Component
class PagesAreNotFiles implements StaticFileHandlerFactory {

    static final String WRITTEN_FOR = "25.2";

    private final boolean on;

    PagesAreNotFiles(FrameworkSettings settings) {
        this.on = settings.pagesAreNotFiles() && VaadinVersion.writtenFor(WRITTEN_FOR, "portal.framework.pages-are-not-files");
    }

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        StaticFileHandler files = new StaticFileServer(service);
        if (!on || !service.getDeploymentConfiguration().isProductionMode()) {
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

    /** Whether the saving is on here (the setting, and the Vaadin version it was written for). */
    boolean isOn() {
        return on;
    }

    /** A path without a dot in its last segment, outside {@code /VAADIN/}: a route, never a file. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !path.startsWith("/VAADIN/") && path.indexOf('.', path.lastIndexOf('/') + 1) < 0;
    }
}
