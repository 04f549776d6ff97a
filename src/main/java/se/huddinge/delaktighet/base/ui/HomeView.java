package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The start page: what residents can do here. Its text never changes while it is shown, so the introduction and
 * the four cards are two pieces of HTML, not thirty components (docs/benchmarks.md, "Load", P2).
 */
@Route("")
@AnonymousAllowed
class HomeView extends PortalPage {

    HomeView() {
        super("home.title");
        add(StaticHtml.start("p").text(getTranslation("home.intro")).close("p").toHtml());
        var cards = StaticHtml.start("div", "class", "cards");
        card(cards, "home.proposals.title", "home.proposals.text", "forslag", "home.proposals.link");
        card(cards, "home.submit.title", "home.submit.text", "forslag/nytt", "home.submit.link");
        card(cards, "home.prize.title", "home.prize.text", "demokratipriset", "home.prize.link");
        card(cards, "home.mine.title", "home.mine.text", "mina-inskick", "home.mine.link");
        add(cards.close("div").toHtml());
    }

    private void card(StaticHtml cards, String title, String text, String path, String link) {
        cards.open("div", "class", "card")
                .element("h2", getTranslation(title))
                .element("p", getTranslation(text))
                .element("a", getTranslation(link), "href", path, "router-link", null)
                .close("div");
    }
}
