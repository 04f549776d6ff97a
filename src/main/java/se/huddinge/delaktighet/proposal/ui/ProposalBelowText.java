package se.huddinge.delaktighet.proposal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.PublicProposal;

/**
 * The words of a proposal's page below its text, in the view's order: "Dela förslaget", the support form's or the
 * follow form's heading and introduction, and where the case stands (the decision box). {@link ProposalView} draws
 * them from here and the page's first HTML writes them ({@link #markup}), so what paints before the app starts is
 * what the app then shows, the largest paragraph of a short proposal's first screen included.
 *
 * <p>The first HTML stops at the first form's introduction, or after "Dela förslaget" when the proposal has
 * attachments: what the app adds below that point (fields, buttons, files) is new on the page and moves nothing that
 * was painted. A part after it would be pushed down by the form's fields when the app draws them.
 */
record ProposalBelowText(String shareHeading, String shareCopy, String shareByEmail, String shareMailto,
                         Intro form, List<Line> decision) {

    /**
     * A form's heading and introduction, and the id of its first field in the app: a tap on the introduction before
     * the app has started puts the focus there once it has (DD45).
     */
    record Intro(String heading, String text, String firstField) {

        static Intro support(Texts t) {
            return new Intro(t.get("proposal.support.title"), t.get("proposal.support.intro"), "support-email");
        }

        static Intro follow(Texts t) {
            return new Intro(t.get("follow.title"), t.get("follow.intro"), "follow-email");
        }
    }

    /** A line of the decision box: a heading or a paragraph. */
    record Line(boolean heading, String text) {
    }

    /**
     * @param worthFollowing whether the page shows the follow form ({@link FollowForm#worthFollowing})
     * @param address the proposal's public address, for the e-mail link
     */
    static ProposalBelowText of(PublicProposal p, Texts t, ProposalRules rules, Locale locale, boolean worthFollowing,
                                String address) {
        Intro form = p.openForSupport() ? Intro.support(t) : worthFollowing ? Intro.follow(t) : null;
        return new ProposalBelowText(t.get("share.title"), t.get("share.copy"), t.get("share.email"),
                ShareProposal.mailto(p.title(), address), form,
                decision(p, t, rules, locale));
    }

    /** Where the case stands: the referral's due day, the committee, the decision's due day, the decision. */
    static List<Line> decision(PublicProposal p, Texts t, ProposalRules rules, Locale locale) {
        var lines = new ArrayList<Line>();
        if (p.status() == ProposalStatus.THRESHOLD_REACHED && p.referralDue() != null) {
            lines.add(new Line(false, t.get("proposal.referralDue", Dates.longDate(p.referralDue(), locale))));
        }
        if (p.committee() != null) {
            lines.add(new Line(false, t.get("proposal.referredTo",
                    rules.committee(p.committee()).map(c -> c.name(locale)).orElse(p.committee()), p.caseNumber())));
        }
        if (p.status() == ProposalStatus.REFERRED && p.decisionDue() != null) {
            lines.add(new Line(false, t.get("proposal.decisionDue", Dates.longDate(p.decisionDue(), locale))));
        }
        if (p.decision() != null) {
            lines.add(new Line(true, t.get("proposal.decision." + p.decision().name())));
            lines.add(new Line(false, p.decisionMotivation()));
            lines.add(new Line(false, t.get("proposal.meeting", Dates.longDate(p.meetingDate(), locale),
                    p.minutesRef())));
        }
        return List.copyOf(lines);
    }

    /**
     * The parts as the view draws them, up to the first form's introduction; after "Dela förslaget" only when the
     * page has attachments. The share buttons need the app: their place is kept ({@code .button-placeholder}). A tap
     * on a placeholder or on a form's introduction before the app runs lands on the app's button or first field.
     */
    void markup(StaticHtml html, boolean attachments) {
        html.open("div", "class", "share")
                .element("h2", shareHeading)
                .open("div", "class", "share-actions")
                .element("span", shareCopy, "class", "button-placeholder", "aria-hidden", "true",
                        "data-app-focus", "share-copy")
                .element("a", shareByEmail, "href", shareMailto, "class", "share-email")
                .close("div")
                .close("div");
        if (attachments) {
            return;
        }
        if (form != null) {
            html.open("div", "class", "support-form", "data-app-focus", form.firstField())
                    .element("h2", form.heading())
                    .element("p", form.text())
                    .close("div");
            return;
        }
        html.open("div");
        decision.forEach(line -> html.element(line.heading() ? "h2" : "p", line.text()));
        html.close("div");
    }
}
