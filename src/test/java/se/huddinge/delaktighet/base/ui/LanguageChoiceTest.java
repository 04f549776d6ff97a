package se.huddinge.delaktighet.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
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
    void a_swedish_page_offers_finnish_and_english_each_named_in_itself_as_plain_links() {
        var links = choices();
        assertThat(links.eachText()).containsExactly("Suomi", "English");
        assertThat(links.eachAttr("id")).containsExactly("language-fi", "language-en");
        assertThat(links.eachAttr("lang")).containsExactly("fi", "en");
        assertThat(links.eachAttr("href")).containsExactly("sprak/fi", "sprak/en");
        assertThat(links).as("the browser loads the address; Vaadin's router does not look for a view")
                .allSatisfy(a -> assertThat(a.hasAttr("router-ignore")).isTrue());
    }

    @Test
    void with_suomi_chosen_the_portal_is_in_finnish() {
        // what the switch's answer leaves in the browser (FirstHtmlAnswersTest follows the link itself)
        request().addCookie(new Cookie(LanguageSelection.COOKIE, "fi"));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(PortalI18n.FINNISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Vaikuta Huddingen asioihin");
        assertThat(choices().eachText()).containsExactly("Svenska", "English");

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

        assertThat(LanguageSelection.chosen(VaadinRequest.getCurrent())).isEqualTo(PortalI18n.SWEDISH);
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
        assertThat(LanguageSwitch.otherLanguages(PortalI18n.FINNISH)).containsExactly(PortalI18n.SWEDISH,
                PortalI18n.ENGLISH);
        assertThat(LanguageSwitch.otherLanguages(Locale.ENGLISH)).containsExactly(PortalI18n.SWEDISH,
                PortalI18n.FINNISH);
        assertThat(PortalI18n.LANGUAGES.stream().map(LanguageSwitch::languageName))
                .containsExactly("Svenska", "Suomi", "English");
    }

    @Test
    void the_way_back_is_a_path_of_the_portal_never_another_site_nor_the_switch_itself() {
        assertThat(LanguageSwitch.back("https://portal.example/forslag/HF-2026-0001?x=1", "/"))
                .isEqualTo("/forslag/HF-2026-0001?x=1");
        assertThat(LanguageSwitch.back("https://portal.example//evil.example/", "/")).isEqualTo("/");
        assertThat(LanguageSwitch.back("https://portal.example/sprak/fi", "/")).isEqualTo("/");
        assertThat(LanguageSwitch.back("https://portal.example/other-app/x", "/delaktighet/")).isEqualTo("/delaktighet/");
        assertThat(LanguageSwitch.back("not a uri", "/")).isEqualTo("/");
        assertThat(LanguageSwitch.back(null, "/")).isEqualTo("/");
    }

    /** The switch's links as the browser gets them (one piece of HTML in the header). */
    private static org.jsoup.select.Elements choices() {
        String header = _get(Header.class).getElement().getOuterHTML();
        return org.jsoup.Jsoup.parse(header).select(".language-choice a");
    }

    private static FakeRequest request() {
        return (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
    }
}
