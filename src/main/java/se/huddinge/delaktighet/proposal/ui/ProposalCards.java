package se.huddinge.delaktighet.proposal.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.proposal.PublicProposal;

/**
 * A page of the public list's cards as one piece of fixed HTML: a card per proposal, its title a link, then its
 * number, district, status, supports and time left. {@link ProposalListView} adds the pages one by one and the list's
 * first HTML ({@code ProposalListView.copy}) writes the first page with the same markup, so what paints before the app
 * starts is what the app then shows (DD34, DD48). What a resident typed goes through {@link StaticHtml}: text, escaped.
 */
final class ProposalCards {

    /** The id of a later page's first link, for the view to move the focus there; the first page has none. */
    static final String FIRST_NEW = "first-new-proposal";

    private ProposalCards() {
    }

    /**
     * @param page which page of the list these are, from 0
     */
    static StaticHtml page(List<PublicProposal> proposals, int page, Texts t, Clock clock) {
        var list = StaticHtml.start("ul", "class", "proposal-cards", "aria-label", t.get("proposals.cards.page", page + 1));
        boolean first = true;
        for (PublicProposal p : proposals) {
            String href = "forslag/" + p.reference();
            list.open("li", "class", "proposal-card").open("h2", "class", "proposal-card-title")
                    .element("a", p.title(), first && page > 0
                            ? new String[] {"href", href, "router-link", null, "dir", "auto", "id", FIRST_NEW}
                            : new String[] {"href", href, "router-link", null, "dir", "auto"})
                    .close("h2")
                    .element("p", facts(p, t, clock), "class", "proposal-card-facts")
                    .close("li");
            first = false;
        }
        return list.close("ul");
    }

    private static String facts(PublicProposal p, Texts t, Clock clock) {
        var parts = new ArrayList<String>(List.of(p.reference(), p.district(), ProposalTexts.status(t, p.status()),
                t.get("proposals.card.supports", p.supportCount())));
        String left = ProposalTexts.daysLeft(t, p, clock);
        if (!left.isEmpty()) {
            parts.add(left);
        }
        return String.join(" · ", parts);
    }
}
