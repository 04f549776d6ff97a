package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The start page: what residents can do here. */
@Route("")
@AnonymousAllowed
class HomeView extends PortalPage {

    HomeView() {
        super("home.title");
        add(new Paragraph(getTranslation("home.intro")));
        var cards = new Div(
                card("home.proposals.title", "home.proposals.text", "forslag", "home.proposals.link"),
                card("home.submit.title", "home.submit.text", "forslag/nytt", "home.submit.link"),
                card("home.prize.title", "home.prize.text", "demokratipriset", "home.prize.link"),
                card("home.mine.title", "home.mine.text", "mina-inskick", "home.mine.link"));
        cards.addClassName("cards");
        add(cards);
    }

    private Div card(String title, String text, String path, String link) {
        var anchor = new Anchor(path, getTranslation(link));
        anchor.getElement().setAttribute("router-link", true);
        var card = new Div(new H2(getTranslation(title)), new Paragraph(getTranslation(text)), anchor);
        card.addClassName("card");
        return card;
    }
}
