package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;

/** The prize's facts in words, shared by its pages. */
final class PrizeTexts {

    private PrizeTexts() {
    }

    static boolean english(Locale locale) {
        return PortalI18n.ENGLISH.equals(PortalI18n.supported(locale));
    }

    /**
     * One of a round's own words (its about text, a criterion's title or description, typed by administrators) as a
     * page shows it: {@code lang} is null when the text is in the page's language, "sv" when the round has none in it
     * and the page shows the Swedish instead (DD38, DD43).
     */
    record RoundText(String text, String lang) {

        /** {@code component} with this text's {@code lang} when it differs from the page's. */
        <T extends Component> T marked(T component) {
            if (lang != null) {
                component.getElement().setAttribute("lang", lang);
            }
            return component;
        }
    }

    /** {@code written} (a round's text in a language, null or blank when none) as a page in {@code locale} shows it. */
    static RoundText roundText(Locale locale, Function<Locale, String> written) {
        String text = written.apply(PortalI18n.supported(locale));
        if (text != null && !text.isBlank()) {
            return new RoundText(text, null);
        }
        return new RoundText(written.apply(PortalI18n.SWEDISH), PortalI18n.SWEDISH.getLanguage());
    }

    /** Where the round stands now, with the time left while it is open. */
    static String status(Component page, RoundFacts round, Clock clock) {
        return status(page::getTranslation, com.vaadin.flow.component.UI.getCurrent().getLocale(), round, clock);
    }

    /** The same in the words of a page's first HTML ({@link RoundPagePreviews}), before the app runs. */
    static String status(Texts t, Locale locale, RoundFacts round, Clock clock) {
        var zone = clock.getZone();
        String closes = Dates.dateTime(round.closesAt(zone), locale);
        return switch (round.phaseAt(clock.instant())) {
            case ANNOUNCED -> t.get("prize.phase.announced", Dates.dateTime(round.opensAt().atZone(zone), locale));
            case OPEN -> {
                var left = round.timeLeft(clock.instant(), zone);
                yield left.days() > 0 ? t.get("prize.phase.open", closes, left.days())
                        : t.get("prize.phase.lastDay", closes, left.hours(), left.minutes());
            }
            case REVIEW -> t.get("prize.phase.review", closes) + announcement(t, round, clock, locale);
            case DECIDED -> round.isPublished() ? t.get("prize.phase.decided")
                    : t.get("prize.phase.decidedNotPublished", Dates.longDate(round.announceOn(), locale));
        };
    }

    /**
     * When the winners will be announced, while the committee reviews: nothing without an award day, and for a round
     * still undecided after its award day that the decision is delayed, not a date that has passed.
     */
    private static String announcement(Texts t, RoundFacts round, Clock clock, Locale locale) {
        if (round.awardDay() == null) {
            return "";
        }
        if (round.awardDay().isBefore(LocalDate.now(clock))) {
            return " " + t.get("prize.phase.reviewDelayed");
        }
        return " " + t.get("prize.phase.reviewNext", Dates.longDate(round.awardDay(), locale));
    }

    /** The prize sum and the number of winners, as the page says it. */
    static String sum(Texts t, Locale locale, RoundFacts round) {
        String sum = java.text.NumberFormat.getIntegerInstance(PortalI18n.supported(locale)).format(round.prizeSumSek());
        return t.get("prize.sum", sum, round.winners());
    }

    /** The award day and place, or null when the round has no award day. */
    static String awardDay(Texts t, Locale locale, RoundFacts round) {
        if (round.awardDay() == null) {
            return null;
        }
        return t.get("prize.awardDay", Dates.longDate(round.awardDay(), locale))
                + (round.awardPlace() == null ? "" : " " + t.get("prize.awardPlace", round.awardPlace()));
    }

    /** A year's winners with their citations. */
    static Component winners(Component page, PrizeRounds.Winners winners) {
        var list = new UnorderedList();
        list.addClassName("prize-winners");
        for (var w : winners.winners()) {
            var name = new Span(w.name());
            name.addClassName("winner-name");
            list.add(new ListItem(name, new Span(" (" + page.getTranslation("prize.kind." + w.kind().name()) + ")"),
                    new Paragraph(w.citation())));
        }
        return new Div(list);
    }

    static Anchor link(String path, String text) {
        var a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
