package se.huddinge.delaktighet.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.base.ui.MainLayout;

class ShellTest extends KaribuTest {

    @Test
    void the_start_page_is_swedish_with_a_main_landmark_and_the_footer_links() {
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Var med och påverka Huddinge");
        assertThat(_find(Main.class)).hasSize(1);
        var footerLinks = footer().select("a").eachText();
        assertThat(footerLinks).contains("Tillgänglighetsredogörelse", "Så hanterar vi personuppgifter");
    }

    /** The footer as the browser gets it (it is one piece of HTML, not components). */
    private static org.jsoup.nodes.Element footer() {
        var footers = Jsoup.parse(_get(MainLayout.class).getElement().getOuterHTML()).select("footer");
        assertThat(footers).hasSize(1);
        return footers.first();
    }

    @Test
    void a_visitor_sees_proposals_and_the_prize_in_the_menu_but_not_the_review() {
        UI.getCurrent().navigate("");

        var menu = _find(Anchor.class).stream().map(Anchor::getText).toList();
        assertThat(menu).contains("Förslag", "Demokratipriset", "Inloggning för personal").doesNotContain("Granskning");
    }

    @Test
    void mina_inskick_is_in_the_header_menu_and_the_footer_on_every_page() {
        UI.getCurrent().navigate("forslag");

        var menu = _get(com.vaadin.flow.component.html.Nav.class);
        assertThat(_find(menu, Anchor.class)).filteredOn(a -> a.getText().equals("Mina inskick"))
                .singleElement().extracting(Anchor::getHref).isEqualTo("mina-inskick");
        assertThat(footer().select("a")).filteredOn(a -> a.text().equals("Mina inskick"))
                .singleElement().extracting(a -> a.attr("href")).isEqualTo("mina-inskick");

        UI.getCurrent().navigate("mina-inskick");
        var current = _find(menu, Anchor.class).stream()
                .filter(a -> "page".equals(a.getElement().getAttribute("aria-current"))).map(Anchor::getText).toList();
        assertThat(current).as("the menu marks where the visitor is").containsExactly("Mina inskick");
    }

    @Test
    void with_english_chosen_the_portal_is_english_and_the_switch_leads_back_to_swedish() {
        // what the switch's link leaves in the browser (FirstHtmlAnswersTest follows the link itself, ShellIT clicks it)
        var request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.addCookie(new Cookie("portal-lang", "en"));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("tillganglighet");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(PortalI18n.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
        var header = Jsoup.parse(_get(MainLayout.class).getElement().getOuterHTML()).selectFirst("header");
        assertThat(header.select(".language-choice a").eachText()).containsExactly("Svenska", "Suomi");
        assertThat(header.select(".language-choice a").eachAttr("href")).containsExactly("sprak/sv", "sprak/fi");
    }

    @Test
    void the_accessibility_statement_tells_how_to_report_a_problem() {
        UI.getCurrent().navigate("tillganglighet");

        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains("mailto:webbredaktion@huddinge.se");
    }

    @Test
    void the_privacy_notice_names_the_data_protection_officer() {
        UI.getCurrent().navigate("personuppgifter");

        assertThat(_get(H1.class).getText()).isEqualTo("Så hanterar vi dina personuppgifter");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("mailto:dataskyddsombud@huddinge.se");
    }

    @Test
    void a_visitor_who_opens_the_review_dashboard_is_asked_to_sign_in() {
        UI.getCurrent().navigate("granskning");

        assertThat(_get(H1.class).getText()).isEqualTo("Inloggning för personal");
        _assertNone(H1.class, spec -> spec.withText("Granskning"));
    }

    @Test
    void a_committee_member_cannot_open_the_account_page() {
        login("ledamot", "COMMITTEE");

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/konton")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_signed_in_officer_sees_the_review_in_the_menu_and_can_sign_out() {
        login("handlaggare", "OFFICER");
        UI.getCurrent().navigate("granskning");

        assertThat(_get(H1.class).getText()).isEqualTo("Granskning");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Granskning")
                .doesNotContain("Personalkonton");
        assertThat(_get(Span.class, spec -> spec.withText("Inloggad som handlaggare"))).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withText("Logga ut"))).isNotNull();
    }
}
