package se.huddinge.delaktighet.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.OtherSubmissions;

/** A nominator's nominations in "Mina inskick", beside their proposals, each with where it stands. */
@Component
class MySubmissionsNominations implements OtherSubmissions {

    private final NominationService nominations;
    private final PortalI18n i18n;
    private final Clock clock;

    MySubmissionsNominations(NominationService nominations, PortalI18n i18n, Clock clock) {
        this.nominations = nominations;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public boolean existFor(String email) {
        return nominations.anyFrom(email);
    }

    @Override
    public Section sectionFor(String email, Locale locale) {
        var lines = nominations.from(email).stream().map(n -> new Line(
                (n.reference() == null ? "" : n.reference() + " · ")
                        + i18n.getTranslation("mine.prize.title", locale, n.nomineeName(), n.year()),
                state(n, locale))).toList();
        return new Section("nominated", i18n.getTranslation("mine.prize.heading", locale),
                i18n.getTranslation("mine.prize.none", locale), lines);
    }

    private String state(NominationService.MyNomination n, Locale locale) {
        String key = switch (n.status()) {
            case AWAITING_CONFIRMATION -> n.linkLapsed() ? "mine.prize.lapsed" : "mine.prize.awaiting";
            case TOO_LATE -> "mine.prize.tooLate";
            case CONFIRMED -> n.published() ? (n.won() ? "mine.prize.won" : "mine.prize.notChosen")
                    // no date, or one that has passed with no winners published: the decision is delayed
                    : n.announceBy() == null || n.announceBy().isBefore(LocalDate.now(clock)) ? "mine.prize.delayed"
                    : "mine.prize.counted";
        };
        return i18n.getTranslation(key, locale, n.announceBy() == null ? "" : Dates.longDate(n.announceBy(), locale));
    }
}
