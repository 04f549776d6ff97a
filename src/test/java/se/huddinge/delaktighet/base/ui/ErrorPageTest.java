package se.huddinge.delaktighet.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.KaribuTest;

class ErrorPageTest extends KaribuTest {

    @Test
    void an_unexpected_error_shows_a_friendly_page_with_an_id_to_quote() {
        UI.getCurrent().navigate("test/trasig");

        assertThat(_get(H1.class).getText()).isEqualTo("Något gick fel");
        assertThat(_get(Span.class, spec -> spec.withId("error-id")).getText()).matches("E-[0-9A-F]{8}");
    }
}
