package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.i18n.Texts;

/**
 * The start page: what residents can do here. Its text never changes while it is shown, so the introduction, the
 * link to the easy-to-read page and the four cards are three pieces of HTML, not thirty components (docs/benchmarks.md, "Load", P2); the page's first
 * HTML writes the same two ({@link BasePreviews}).
 */
@AppStartsOnInteraction
@Route("")
@AnonymousAllowed
class HomeView extends PortalPage {

    HomeView() {
        super("home.title");
        add(intro(this::getTranslation).toHtml());
        add(easyRead(this::getTranslation).toHtml());
        add(cards(this::getTranslation).toHtml());
    }

    static StaticHtml intro(Texts t) {
        return StaticHtml.start("p").text(t.get("home.intro")).close("p");
    }

    /** The link to the easy-to-read explanation (issue 22), right under the introduction. */
    static StaticHtml easyRead(Texts t) {
        return StaticHtml.start("p", "class", "easy-read-link")
                .element("a", t.get("home.howto.link"), "href", EASY_READ, "router-link", null).close("p");
    }

    /** The easy-to-read page's path (it lives with the proposals; the shell knows no feature's classes). */
    static final String EASY_READ = "sa-fungerar-det";

    static StaticHtml cards(Texts t) {
        var cards = StaticHtml.start("div", "class", "cards");
        card(cards, t, "home.proposals.title", "home.proposals.text", "forslag", "home.proposals.link");
        card(cards, t, "home.submit.title", "home.submit.text", "forslag/nytt", "home.submit.link");
        card(cards, t, "home.prize.title", "home.prize.text", "demokratipriset", "home.prize.link");
        card(cards, t, "home.mine.title", "home.mine.text", "mina-inskick", "home.mine.link");
        return cards.close("div");
    }

    private static void card(StaticHtml cards, Texts t, String title, String text, String path, String link) {
        cards.open("div", "class", "card")
                .element("h2", t.get(title))
                .element("p", t.get(text))
                .element("a", t.get(link), "href", path, "router-link", null)
                .close("div");
    }
}
