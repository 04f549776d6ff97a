package se.huddinge.delaktighet.proposal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.PagePreview;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.PublicProposal;

/**
 * The top of a public proposal's page in words: its heading, status line, facts, supports, support period and
 * text. {@link ProposalView} shows them and the page's first HTML writes them ({@link #markup}), so what paints
 * before the app starts is what the app then shows.
 *
 * @param period "Öppet för stöd till …" while open, why it closed below the threshold, or {@code null}
 */
record ProposalSummary(String heading, String statusLine, String facts, String supports, String period,
                       String textHeading, List<String> paragraphs) {

    static ProposalSummary of(PublicProposal p, Texts t, ProposalRules rules, Clock clock, Locale locale) {
        String period = null;
        if (p.openForSupport()) {
            period = t.get("proposal.openUntil",
                    Dates.longDate(LocalDate.ofInstant(p.supportEndsAt(), clock.getZone()), locale),
                    ProposalTexts.daysLeft(t, p, clock));
        } else if (p.status() == ProposalStatus.CLOSED_BELOW_THRESHOLD) {
            period = t.get("proposal.closedBelow");
        }
        return new ProposalSummary(p.title(), ProposalTexts.status(t, p.status()) + " · " + p.reference(),
                t.get("proposal.facts", p.district(), ProposalTexts.category(rules, p.category(), locale)),
                t.get("proposal.supportCount", p.supportCount(), rules.supportThreshold()), period,
                t.get("proposal.textHeading"), Arrays.asList(p.text().split("\\R\\s*\\R")));
    }

    /** For the link preview: the status, the supports and the start of the text. */
    String description() {
        return statusLine + " · " + supports + ". " + PagePreview.summary(String.join(" ", paragraphs), 200);
    }

    /**
     * The page's section as the view renders it, up to the text, then what {@code below} writes
     * ({@link ProposalBelowText}); ids left out: the app's copy has them.
     */
    StaticHtml markup(java.util.function.Consumer<StaticHtml> below) {
        var html = PagePreview.section(heading, "dir", "auto")
                .element("p", statusLine, "class", "status-line")
                .element("p", facts)
                .element("p", supports, "class", "support-count");
        if (period != null) {
            html.element("p", period);
        }
        html.element("h2", textHeading).open("div", "class", "proposal-text");
        paragraphs.forEach(paragraph -> html.element("p", paragraph, "dir", "auto"));
        html.close("div");
        below.accept(html);
        return html.close("section");
    }
}
