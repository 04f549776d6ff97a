package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;

/**
 * The view and route parameters that a page request's address names, resolved once per request from Vaadin's route
 * table, before Vaadin builds anything: the page's status ({@link MissingPages}) and its first HTML
 * ({@link FirstPaint}) both start from it.
 *
 * @param path the address inside the portal, without the leading slash ({@code forslag/HF-2026-0042})
 */
record RequestedPage(Class<? extends Component> view, RouteParameters parameters, String path) {

    private static final String ATTRIBUTE = RequestedPage.class.getName();

    /** The page this request asks for; empty when no route matches the address. */
    @SuppressWarnings("unchecked")
    static Optional<RequestedPage> of(VaadinRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Optional<?> known) {
            return (Optional<RequestedPage>) known;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Optional<RequestedPage> page = request.getService().getRouter()
                .resolveNavigationTarget(path, request.getParameterMap())
                .filter(state -> state.getNavigationTarget() != null)
                .map(state -> new RequestedPage(state.getNavigationTarget(), state.getRouteParameters(),
                        path.startsWith("/") ? path.substring(1) : path));
        request.setAttribute(ATTRIBUTE, page);
        return page;
    }
}
