package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The status of a page's first request. Vaadin sends the same page (index.html) with 200 for every address and
 * builds the view in the next request ({@code ?v-r=init}), where {@link NotFoundView} says "Sidan finns inte" for an
 * address that leads nowhere; search engines, link checkers and scanners read only the first answer. Here that
 * answer gets 404 when no route matches the address ({@code /finns/inte}, {@code /humans.txt},
 * {@code /.git/config}) or when a route's {@link PageSubject} does not exist ({@code /forslag/HF-2099-9999}). The
 * page is still the portal's, so a browser shows the same "Sidan finns inte" as before. (Vaadin's eager server
 * load would build the view in the first request and send its status, but it also changes every first visit:
 * docs/design-decisions.md, DD24.)
 */
@Component
class MissingPages implements VaadinServiceInitListener, IndexHtmlRequestListener {

    private final List<PageSubject> subjects;

    MissingPages(List<PageSubject> subjects) {
        this.subjects = subjects;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this);
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        if (!exists(response.getVaadinRequest())) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean exists(VaadinRequest request) {
        return RequestedPage.of(request)
                .map(page -> subjects.stream().filter(s -> s.view().equals(page.view()))
                        .allMatch(s -> s.exists(page.parameters())))
                .orElse(false);
    }
}
