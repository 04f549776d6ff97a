package se.huddinge.delaktighet.base.ui.ceiling;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.KaribuTest;

class BareFlowTest extends KaribuTest {

    @Test
    void the_bare_flow_is_off_unless_the_benchmark_turns_it_on() {
        assertThat(context.getBeansOfType(BareFlow.class)).isEmpty();
        assertThat(RouteConfiguration.forApplicationScope().isPathAvailable(BareFlow.FIRST)).isFalse();
    }

    @Test
    void its_two_views_take_an_address_and_two_clicks_and_answer_as_the_real_ones_do() {
        BareFlow.register(RouteConfiguration.forApplicationScope());

        UI.getCurrent().navigate(BareFlow.FIRST);
        _setValue(_get(EmailField.class, s -> s.withId("support-email")), "a@example.se");
        _click(_get(Button.class, s -> s.withId("support-send")));
        assertThat(_get(Paragraph.class, s -> s.withId("support-result")).getText())
                .isEqualTo("Kolla din e-post, a@example.se");

        UI.getCurrent().navigate(BareFlow.SECOND + "/abc");
        _click(_get(Button.class, s -> s.withId("link-action")));
        assertThat(LocatorJ._find(Paragraph.class).stream().map(Paragraph::getText)).contains("Ditt stöd är räknat");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM support", Long.class)).isZero();
    }
}
