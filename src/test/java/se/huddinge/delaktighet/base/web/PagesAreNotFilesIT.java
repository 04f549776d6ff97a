package se.huddinge.delaktighet.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.huddinge.delaktighet.TestConfig;

/**
 * In the running portal (Vaadin's own Spring lookup, not a test's mock) Vaadin takes the portal's static-file factory
 * from Spring through its public lookup, on the Vaadin version it was written for. Same set-up as the browser tests
 * (shared context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
@ActiveProfiles("test")
@Import(TestConfig.class)
class PagesAreNotFilesIT {

    @Autowired
    ServletContext servletContext;
    @Autowired
    PagesAreNotFiles pages;

    @Test
    void vaadin_takes_the_portals_static_file_factory_from_spring_through_its_public_lookup() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

        assertThat(lookup.lookup(StaticFileHandlerFactory.class)).isSameAs(pages);
        assertThat(pages.isOn()).as("on by default, on the version it was written for").isTrue();
    }
}
