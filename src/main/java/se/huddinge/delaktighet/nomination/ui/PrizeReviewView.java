package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PagedRows;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.PrizeDecisions;
import se.huddinge.delaktighet.nomination.PrizeReview;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The committee's review of a round ({@code granskning/pris}, or {@code granskning/pris/ID} for another year): the
 * nominations to score, the ranking, and for officers who has scored what, with a reminder to those who have not.
 * Anyone may nominate, so the nominations and the ranking are read a page at a time.
 */
@Route("granskning/pris")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class PrizeReviewView extends PortalPage implements HasUrlParameter<Long> {

    private final PrizeRounds rounds;
    private final PrizeReview review;
    private final PrizeDecisions decisions;
    private final SignedIn signedIn;
    private final Clock clock;

    PrizeReviewView(PrizeRounds rounds, PrizeReview review, PrizeDecisions decisions, SignedIn signedIn,
                    Clock clock) {
        super("review.prize.title");
        this.rounds = rounds;
        this.review = review;
        this.decisions = decisions;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long roundId) {
        getChildren().skip(1).toList().forEach(this::remove);
        var round = roundId == null ? rounds.current() : rounds.find(roundId);
        round.ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("prize.noRound"))));
    }

    private void show(RoundFacts round) {
        var heading = new H2(getTranslation("prize.round", round.year()));
        var status = new Paragraph(PrizeTexts.status(this, round, clock));
        status.setId("round-status");
        add(heading, status);
        if (round.scoringDue() != null) {
            add(new Paragraph(getTranslation("review.prize.scoringDue", Dates.longDate(round.scoringDue(), getLocale()))));
        }
        if (round.phaseAt(clock.instant()) == RoundFacts.Phase.ANNOUNCED
                || round.phaseAt(clock.instant()) == RoundFacts.Phase.OPEN) {
            add(new Paragraph(getTranslation("review.prize.notYet")));
            return;
        }
        if (round.inReviewAt(clock.instant()) && decisions.mayDecide(round)) {
            var decide = PrizeTexts.link("granskning/pris/beslut/" + round.id(), getTranslation("review.prize.decide"));
            decide.addClassName("button-link");
            decide.setId("decide-link");
            add(new Paragraph(decide));
        }
        add(new H2(getTranslation("review.prize.nominations")));
        var items = new Grid<PrizeReview.Item>();
        items.setId("nominations");
        items.addComponentColumn(i -> PrizeTexts.link("granskning/pris/nominering/" + i.id(),
                i.reference() + " " + i.nomineeName())).setHeader(getTranslation("review.prize.nomination")).setFlexGrow(1);
        items.addColumn(i -> getTranslation("prize.kind." + i.kind().name())).setHeader(getTranslation("review.prize.kind"))
                .setAutoWidth(true);
        if (signedIn.is(StaffRole.COMMITTEE)) {
            items.addColumn(i -> getTranslation("review.prize.state." + i.state().name()))
                    .setHeader(getTranslation("review.prize.myState")).setAutoWidth(true);
        }
        items.getElement().setAttribute("aria-label", getTranslation("review.prize.nominations"));
        PagedRows.of(items, (offset, limit) -> review.items(round.id(), offset, limit),
                () -> review.count(round.id()));
        add(items);

        add(new H2(getTranslation("review.prize.ranking")));
        var ranking = new Grid<PrizeReview.Rank>();
        ranking.setId("ranking");
        ranking.addColumn(r -> r.reference() + " " + r.nomineeName()).setHeader(getTranslation("review.prize.nomination"))
                .setFlexGrow(1);
        ranking.addColumn(r -> r.visible() ? number(r.mean())
                        : getTranslation(r.recusedByMe() ? "review.prize.recusedByMe" : "review.prize.hidden"))
                .setHeader(getTranslation("review.prize.mean")).setAutoWidth(true);
        ranking.addColumn(PrizeReview.Rank::scorers).setHeader(getTranslation("review.prize.scorers")).setAutoWidth(true);
        ranking.addColumn(r -> r.visible() ? number(r.spread()) : "").setHeader(getTranslation("review.prize.spread"))
                .setAutoWidth(true);
        ranking.addColumn(PrizeReview.Rank::recused).setHeader(getTranslation("review.prize.recused")).setAutoWidth(true);
        ranking.getElement().setAttribute("aria-label", getTranslation("review.prize.ranking"));
        PagedRows.of(ranking, (offset, limit) -> review.ranking(round.id(), offset, limit),
                () -> review.count(round.id()));
        add(ranking);

        if (signedIn.actsOnCases()) {
            showProgress(round);
        }
    }

    private void showProgress(RoundFacts round) {
        add(new H2(getTranslation("review.prize.progress")));
        var progress = new Grid<PrizeReview.Progress>();
        progress.setId("progress");
        progress.addColumn(PrizeReview.Progress::name).setHeader(getTranslation("review.prize.member")).setFlexGrow(1);
        progress.addColumn(PrizeReview.Progress::scored).setHeader(getTranslation("review.prize.scored")).setAutoWidth(true);
        progress.addColumn(PrizeReview.Progress::recused).setHeader(getTranslation("review.prize.recused")).setAutoWidth(true);
        progress.addColumn(PrizeReview.Progress::remaining).setHeader(getTranslation("review.prize.remaining"))
                .setAutoWidth(true);
        progress.setItems(review.progress(round.id()));
        progress.setAllRowsVisible(true);
        progress.getElement().setAttribute("aria-label", getTranslation("review.prize.progress"));
        add(progress);
        if (round.remindersAllowedAt(clock.instant(), clock.getZone())) {
            add(new Button(getTranslation("review.prize.remind"), e -> {
                int reminded = review.remind(round.id());
                Notification.show(getTranslation("review.prize.reminded", reminded));
            }));
        }
    }

    private String number(Double value) {
        return value == null ? "–" : String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.1f", value);
    }
}
