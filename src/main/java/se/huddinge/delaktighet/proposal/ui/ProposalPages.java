package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.PagePreview;
import se.huddinge.delaktighet.base.ui.PageSubject;
import se.huddinge.delaktighet.base.web.SitemapSource;
import se.huddinge.delaktighet.proposal.ProposalImplementations;
import se.huddinge.delaktighet.proposal.ProposalReads;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * A proposal's page ({@code forslag/HF-2026-0042}): it exists when the proposal does, otherwise it answers 404; its
 * first HTML shows the top of the page with the title, a plain summary, the status and the supports in the link
 * preview; the sitemap lists the public ones. A proposal that is not public shows its number and state only, as
 * the page does.
 */
@org.springframework.stereotype.Component
class ProposalPages implements PageSubject, PagePreview, SitemapSource {

    private final ProposalReads reads;
    private final ProposalRules rules;
    private final Clock clock;
    private final I18NProvider provider;
    private final ProposalImplementations implementations;
    private final PortalSettings settings;

    ProposalPages(ProposalReads reads, ProposalRules rules, Clock clock, I18NProvider provider,
                  ProposalImplementations implementations, PortalSettings settings) {
        this.implementations = implementations;
        this.settings = settings;
        this.reads = reads;
        this.rules = rules;
        this.clock = clock;
        this.provider = provider;
    }

    @Override
    public Class<? extends Component> view() {
        return ProposalView.class;
    }

    @Override
    public boolean exists(RouteParameters parameters) {
        return parameters.get("reference").map(reads::exists).orElse(false);
    }

    @Override
    public Optional<Preview> preview(RouteParameters parameters, Locale locale) {
        String reference = parameters.get("reference").orElse("");
        Texts t = Texts.of(provider, locale);
        var shown = reads.findPublic(reference).map(p -> {
            var summary = ProposalSummary.of(p, t, rules, clock, locale);
            var below = ProposalBelowText.of(p, t, rules, locale, FollowForm.worthFollowing(p, implementations),
                    settings.link("forslag/" + p.reference()));
            return new Preview(summary.heading(), summary.description(),
                    summary.markup(html -> below.markup(html, !reads.attachments(p.id()).isEmpty())),
                    "forslag/" + p.reference(), true);
        });
        return shown.or(() -> reads.statusOnly(reference).map(s -> {
            String heading = t.get("proposal.statusOnly.title", s.reference());
            String status = ProposalTexts.status(t, s.status());
            String text = ProposalTexts.statusOnly(t, s, locale);
            var content = PagePreview.section(heading).element("p", status, "class", "status-line")
                    .element("p", text).close("section");
            return new Preview(heading, status + ". " + text, content, "forslag/" + s.reference(), false);
        }));
    }

    @Override
    public long count() {
        return reads.countPublic();
    }

    @Override
    public List<Entry> entries(long offset, int limit) {
        return reads.publicAddresses(offset, limit).stream()
                .map(a -> new Entry("forslag/" + a.reference(), a.changedAt())).toList();
    }
}
