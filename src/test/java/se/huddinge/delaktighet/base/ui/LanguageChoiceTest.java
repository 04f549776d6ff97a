package se.huddinge.delaktighet.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * The resident chooses the language on the page, among Swedish, Finnish and English; a first visit from a browser
 * that asks for Finnish is in Finnish (issue 22, DD38).
 */
class LanguageChoiceTest extends KaribuTest {

    @Test
    void a_swedish_page_offers_finnish_and_english_each_named_in_itself() {
        assertThat(choices()).containsExactly("Suomi", "English");
        assertThat(_get(Button.class, s -> s.withId("language-fi")).getElement().getAttribute("lang")).isEqualTo("fi");
        assertThat(_get(Button.class, s -> s.withId("language-en")).getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void choosing_suomi_shows_the_portal_in_finnish_and_keeps_the_choice_for_the_visit() {
        _click(_get(Button.class, s -> s.withId("language-fi")));
        // the choice reloads the page in the browser: here, the next page drawn
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(PortalI18n.FINNISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Vaikuta Huddingen asioihin");
        assertThat(choices()).containsExactly("Svenska", "English");
        assertThat(LanguageSelection.chosen(VaadinRequest.getCurrent(), UI.getCurrent().getSession()))
                .isEqualTo(PortalI18n.FINNISH);

        UI.getCurrent().navigate("mina-inskick");
        assertThat(_get(H1.class).getText()).isEqualTo("Omat lähetykseni");
    }

    @Test
    void a_first_visit_from_a_browser_that_asks_for_finnish_is_in_finnish() {
        request().getHeaders().put("Accept-Language", List.of("fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7"));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(PortalI18n.FINNISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Vaikuta Huddingen asioihin");
    }

    @Test
    void the_choice_in_the_cookie_wins_over_the_browser() {
        request().getHeaders().put("Accept-Language", List.of("fi"));
        request().addCookie(new Cookie(LanguageSelection.COOKIE, "sv"));

        assertThat(LanguageSelection.chosen(VaadinRequest.getCurrent(), null)).isEqualTo(PortalI18n.SWEDISH);
    }

    @Test
    void the_browser_asks_for_finnish_when_it_ranks_finnish_above_swedish() {
        assertThat(LanguageSelection.fromBrowser("fi")).isEqualTo(PortalI18n.FINNISH);
        assertThat(LanguageSelection.fromBrowser("fi-FI,fi;q=0.9,en;q=0.8")).isEqualTo(PortalI18n.FINNISH);
        assertThat(LanguageSelection.fromBrowser("en-US,en;q=0.9,fi;q=0.5")).as("English is never guessed")
                .isEqualTo(PortalI18n.FINNISH);
        assertThat(LanguageSelection.fromBrowser("sv-SE,sv;q=0.9,fi;q=0.8")).isEqualTo(PortalI18n.SWEDISH);
        assertThat(LanguageSelection.fromBrowser("sv;q=0.5,fi;q=0.8")).as("by weight, not by order")
                .isEqualTo(PortalI18n.FINNISH);
        assertThat(LanguageSelection.fromBrowser("en-GB,en")).isEqualTo(PortalI18n.SWEDISH);
        assertThat(LanguageSelection.fromBrowser(null)).isEqualTo(PortalI18n.SWEDISH);
        assertThat(LanguageSelection.fromBrowser("")).isEqualTo(PortalI18n.SWEDISH);
        assertThat(LanguageSelection.fromBrowser("fi;q=banana")).as("a malformed header").isEqualTo(PortalI18n.SWEDISH);
    }

    @Test
    void the_switch_names_each_language_in_itself() {
        assertThat(MainLayout.otherLanguages(PortalI18n.FINNISH)).containsExactly(PortalI18n.SWEDISH,
                PortalI18n.ENGLISH);
        assertThat(MainLayout.otherLanguages(Locale.ENGLISH)).containsExactly(PortalI18n.SWEDISH,
                PortalI18n.FINNISH);
        assertThat(MainLayout.LANGUAGES.stream().map(MainLayout::languageName))
                .containsExactly("Svenska", "Suomi", "English");
    }

    private static List<String> choices() {
        return _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("language-")).map(Button::getText).toList();
    }

    private static FakeRequest request() {
        return (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
    }
}
