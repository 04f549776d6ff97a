package se.huddinge.delaktighet.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/** The hidden field that only robots fill in is labelled in the page's language, like every other field. */
class HoneypotLabelTest extends KaribuTest {

    @Test
    void the_label_is_swedish_on_a_swedish_page_and_english_on_an_english_one() {
        UI.getCurrent().navigate("forslag/nytt");
        assertThat(label()).isEqualTo("Lämna tomt");

        useLanguage(PortalI18n.ENGLISH);
        UI.getCurrent().navigate("mina-inskick");
        assertThat(label()).isEqualTo("Leave empty");
    }

    private static String label() {
        return _get(Honeypot.class).getElement().getChild(0).getText();
    }
}
