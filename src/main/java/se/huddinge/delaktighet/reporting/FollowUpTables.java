package se.huddinge.delaktighet.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ImplementationStatus;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * The follow-up's figures as labelled tables and its summary in words: the one place where each figure gets its
 * name, so the screen, the PDF and the CSV say the same.
 */
@Component
public class FollowUpTables {

    /** One table: its caption, column headers and rows (the first cell names the row). */
    public record Section(String caption, List<String> headers, List<List<String>> rows) {
    }

    private final I18NProvider i18n;
    private final ProposalRules rules;
    private final ImplementationFigures implementations;
    private final ChannelFigures channels;

    FollowUpTables(I18NProvider i18n, ProposalRules rules, ImplementationFigures implementations,
                   ChannelFigures channels) {
        this.i18n = i18n;
        this.rules = rules;
        this.implementations = implementations;
        this.channels = channels;
    }

    public List<Section> sections(AnnualFollowUp f, Locale locale) {
        String year = String.valueOf(f.year());
        String previous = String.valueOf(f.year() - 1);
        var c = f.counts();
        var p = f.previous();
        var counts = new ArrayList<List<String>>();
        counts.add(row(t("followup.submitted", locale), c.submitted(), p.submitted()));
        counts.add(row(t("followup.published", locale), c.published(), p.published()));
        counts.add(List.of(t("followup.publishedShare", locale), Numbers.percent(c.publishedShare(), locale),
                Numbers.percent(p.publishedShare(), locale)));
        counts.add(row(t("followup.notPublished", locale), c.notPublished(), p.notPublished()));
        counts.add(row(t("followup.thresholdReached", locale), c.thresholdReached(), p.thresholdReached()));
        counts.add(row(t("followup.referred", locale), c.referred(), p.referred()));
        counts.add(row(t("followup.decided", locale), c.decided(), p.decided()));
        for (Decision d : Decision.values()) {
            counts.add(row(t("followup.outcome", locale, t("proposal.decision." + d.name(), locale)),
                    c.outcomes().get(d), p.outcomes().get(d)));
        }
        counts.add(row(t("followup.withdrawn", locale), c.withdrawn(), p.withdrawn()));
        counts.add(row(t("followup.stillOpen", locale), f.stillOpen(), f.previousStillOpen()));
        counts.add(List.of(t("followup.onTime", locale), Numbers.percent(StepTime.onTimeShare(f.steps()), locale),
                Numbers.percent(StepTime.onTimeShare(f.previousSteps()), locale)));

        var times = new ArrayList<List<String>>();
        for (ServiceStep step : ServiceStep.values()) {
            StepTime s = f.step(step);
            times.add(List.of(t("followup.step." + step.name(), locale), String.valueOf(s.count()),
                    Numbers.decimal(s.median(), locale), Numbers.decimal(s.p90(), locale),
                    Numbers.percent(s.onTimeShare(), locale), Numbers.decimal(f.previousStep(step).median(), locale)));
        }
        var grounds = f.notPublishedByGround().entrySet().stream().map(e -> List.of(
                rules.ground(e.getKey()).map(g -> g.name(locale)).orElse(e.getKey()), String.valueOf(e.getValue())))
                .toList();
        return List.of(
                new Section(t("followup.counts", locale, year), List.of(t("followup.figure", locale), year, previous),
                        counts),
                new Section(t("followup.implementation", locale, year), List.of(t("followup.figure", locale), year,
                        previous), implementationRows(f.year(), locale)),
                new Section(t("followup.channels", locale, year), List.of(t("followup.figure", locale),
                        t("followup.channels.proposals", locale, year), t("followup.channels.supports", locale, year),
                        t("followup.channels.proposals", locale, previous),
                        t("followup.channels.supports", locale, previous)), channelRows(f.year(), locale)),
                new Section(t("followup.times", locale, year), List.of(t("followup.step", locale),
                        t("followup.count", locale), t("followup.median", locale), t("followup.p90", locale),
                        t("followup.onTimeShare", locale), t("followup.medianPrevious", locale, previous)), times),
                new Section(t("followup.grounds", locale, year), List.of(t("followup.ground", locale),
                        t("followup.count", locale)), grounds),
                new Section(t("followup.districts", locale, year), headers("followup.district",
                        AnnualFollowUp.DISTRICT_FIGURES, locale), table(f.byDistrict(), c2 -> c2)),
                new Section(t("followup.committees", locale, year), headers("followup.committee",
                        AnnualFollowUp.COMMITTEE_FIGURES, locale), table(f.byCommittee(),
                        code -> rules.committee(code).map(n -> n.name(locale)).orElse(code))));
    }

    /** What became of the approved proposals (DD29): where their work stood at the end of each year. */
    private List<List<String>> implementationRows(int year, Locale locale) {
        var now = implementations.atEndOf(year);
        var before = implementations.atEndOf(year - 1);
        var rows = new ArrayList<List<String>>();
        rows.add(row(t("followup.implementation.approved", locale), now.approved(), before.approved()));
        rows.add(row(t("followup.implementation.none", locale), now.withoutRecord(), before.withoutRecord()));
        for (var status : ImplementationStatus.values()) {
            rows.add(row(t("followup.implementation." + status.name(), locale), now.of(status), before.of(status)));
        }
        rows.add(row(t("followup.implementation.doneInYear", locale),
                implementations.reachedIn(ImplementationStatus.DONE, year),
                implementations.reachedIn(ImplementationStatus.DONE, year - 1)));
        return rows;
    }

    /** How the proposals and supports came in (DD40): by channel, then by the resident's language. */
    private List<List<String>> channelRows(int year, Locale locale) {
        var proposals = channels.proposalsIn(year);
        var supports = channels.supportsIn(year);
        var proposalsBefore = channels.proposalsIn(year - 1);
        var supportsBefore = channels.supportsIn(year - 1);
        var rows = new ArrayList<List<String>>();
        for (var channel : se.huddinge.delaktighet.base.Channel.values()) {
            rows.add(List.of(t("followup.channel." + channel.name(), locale), String.valueOf(proposals.of(channel)),
                    String.valueOf(supports.of(channel)), String.valueOf(proposalsBefore.of(channel)),
                    String.valueOf(supportsBefore.of(channel))));
        }
        for (var language : ChannelFigures.LANGUAGES) {
            rows.add(List.of(t("followup.language." + language, locale), String.valueOf(proposals.of(language)),
                    String.valueOf(supports.of(language)), String.valueOf(proposalsBefore.of(language)),
                    String.valueOf(supportsBefore.of(language))));
        }
        return rows;
    }

    /** A few sentences in the style of the committee's annual report. */
    public String summary(AnnualFollowUp f, Locale locale) {
        var c = f.counts();
        var s = new StringBuilder(t("followup.summary.received", locale, f.year(), c.submitted(), f.previous().submitted()));
        s.append(' ').append(t("followup.summary.moderated", locale, c.published(), c.notPublished()));
        f.notPublishedByGround().keySet().stream().findFirst().ifPresent(g -> s.append(' ').append(
                t("followup.summary.ground", locale, rules.ground(g).map(n -> n.name(locale)).orElse(g).toLowerCase(locale))));
        s.append(' ').append(t("followup.summary.threshold", locale, c.thresholdReached(), c.referred()));
        s.append(' ').append(t("followup.summary.decided", locale, c.decided(), c.outcomes().get(Decision.BIFALL),
                c.outcomes().get(Decision.AVSLAG), c.outcomes().get(Decision.BESVARAD)));
        StepTime moderation = f.step(ServiceStep.MODERATION);
        if (moderation.count() > 0) {
            s.append(' ').append(t("followup.summary.times", locale, Numbers.decimal(moderation.median(), locale),
                    Numbers.percent(StepTime.onTimeShare(f.steps()), locale)));
        }
        s.append(' ').append(t("followup.summary.open", locale, f.stillOpen()));
        return s.toString();
    }

    private List<String> headers(String first, List<String> figures, Locale locale) {
        var headers = new ArrayList<String>();
        headers.add(t(first, locale));
        figures.forEach(fig -> headers.add(t("followup.col." + fig, locale)));
        return headers;
    }

    private static List<List<String>> table(Map<String, long[]> rows, java.util.function.UnaryOperator<String> label) {
        return rows.entrySet().stream().map(e -> {
            var row = new ArrayList<String>();
            row.add(label.apply(e.getKey()));
            for (long v : e.getValue()) {
                row.add(String.valueOf(v));
            }
            return (List<String>) row;
        }).toList();
    }

    private static List<String> row(String label, long year, long previous) {
        return List.of(label, String.valueOf(year), String.valueOf(previous));
    }

    private String t(String key, Locale locale, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
