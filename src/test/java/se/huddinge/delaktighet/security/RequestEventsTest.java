package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * A page request publishes no event (DD46): Spring's DispatcherServlet, in front of Vaadin's servlet, would otherwise
 * publish a {@link ServletRequestHandledEvent} after each one through Modulith's multicaster, which nothing needs.
 */
class RequestEventsTest extends RunningPortalTest {

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ApplicationEventMulticaster multicaster;

    @Test
    void a_page_request_publishes_no_request_handled_event() {
        var handled = new AtomicInteger();
        ApplicationListener<ServletRequestHandledEvent> listener = e -> handled.incrementAndGet();
        context.addApplicationListener(listener);
        try {
            var http = visitor();
            for (String path : new String[]{"", "forslag", "finns/inte"}) {
                assertThat(http.get(path).statusCode()).as(path).isIn(200, 404);
            }
            // the servlet publishes it after the answer has left, so give it the time it would take
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> handled.get() == 0);
        } finally {
            multicaster.removeApplicationListener(listener);
        }
    }
}
