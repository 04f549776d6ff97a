package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.FieldPlaceholder;
import se.huddinge.delaktighet.base.ui.PagePreview;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.proposal.ProposalReads;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * The public list's first HTML: its whole first screen as {@link ProposalListView} then draws it (DD48). The heading,
 * the introduction and the link to the form; the six filter fields' places with their labels and what they show at
 * first ({@link FieldPlaceholder}); the count; the first page of cards with the view's own markup
 * ({@link ProposalCards}); and the place of "Visa fler förslag" when there is a next page. So the list can wait for
 * the reader before its app starts ({@code @AppStartsOnInteraction}, DD45) and nothing moves when the app takes over.
 *
 * <p>It is written afresh for each request, from one page of {@link ProposalReads#search} (a support or a newly
 * published proposal shows in the next answer); the page's answer is {@code no-store}, so no browser or proxy keeps it.
 */
@org.springframework.stereotype.Component
class ProposalListPreview implements PagePreview {

    private final ProposalReads reads;
    private final ProposalRules rules;
    private final Clock clock;
    private final I18NProvider provider;

    ProposalListPreview(ProposalReads reads, ProposalRules rules, Clock clock, I18NProvider provider) {
        this.reads = reads;
        this.rules = rules;
        this.clock = clock;
        this.provider = provider;
    }

    @Override
    public Class<? extends Component> view() {
        return ProposalListView.class;
    }

    @Override
    public Optional<Preview> preview(RouteParameters parameters, Locale locale) {
        Texts t = Texts.of(provider, locale);
        String heading = t.get("proposals.title");
        String intro = t.get("proposals.intro", rules.supportThreshold(), rules.supportPeriod().getDays());
        var html = PagePreview.section(heading)
                .element("p", intro)
                .open("p").element("a", t.get("proposals.submit"), "href", "forslag/nytt", "class", "button-link")
                .close("p")
                .open("div", "class", "filters");
        for (var field : ProposalListView.FILTERS) {
            String label = t.get(field.labelKey());
            html.append(field.shownKey() == null ? FieldPlaceholder.textField(label, field.id())
                    : FieldPlaceholder.select(label, t.get(field.shownKey()), field.id()));
        }
        html.close("div");
        var page = reads.search(ProposalListView.FIRST, PageRequest.of(0, ProposalListView.PAGE_SIZE));
        html.element("p", t.get("proposals.count", page.getTotalElements()));
        html.open("div");
        if (page.hasContent()) {
            html.append(ProposalCards.page(page.getContent(), 0, t, clock));
        }
        html.close("div");
        if (page.hasNext()) {
            html.element("span", t.get("proposals.more"), "class", "button-placeholder", "aria-hidden", "true",
                    "data-app-focus", ProposalListView.MORE);
        }
        return Optional.of(new Preview(heading, intro, html.close("section"),
                ProposalListView.class.getAnnotation(Route.class).value(), false));
    }
}
