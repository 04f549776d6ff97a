package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.PrizeRound;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.notification.Letter;
import se.huddinge.delaktighet.notification.LetterStatus;
import se.huddinge.delaktighet.notification.Letters;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.ProposalDeadlines;

/** Granskning: everything staff review, on one page. */
@Route("granskning")
@RolesAllowed({"OFFICER", "COMMITTEE", "ADMIN"})
class DashboardView extends PortalPage {

    DashboardView(PrizeRounds rounds, Letters letters, ProposalCaseService cases, ProposalDeadlines dueDates,
                  Clock clock) {
        super("review.title");
        add(new H2(getTranslation("review.proposals")));
        var counts = cases.countsByStatus();
        var queues = new Div();
        queues.addClassName("cards");
        for (var status : List.of(ProposalStatus.IN_MODERATION, ProposalStatus.THRESHOLD_REACHED, ProposalStatus.REFERRED)) {
            var card = new Div(new Span(getTranslation("review.queue." + status.name())),
                    new Paragraph(String.valueOf(counts.get(status))));
            card.addClassName("card");
            card.setId("queue-" + status.name());
            queues.add(card);
        }
        add(queues);
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = dueDates.dueSoonUntil();
        var waiting = new java.util.ArrayList<>(cases.moderationQueue());
        waiting.addAll(cases.referralAndDecisionQueue());
        long overdue = waiting.stream().map(ServiceLevelDates::due).filter(d -> d != null && d.isBefore(today)).count();
        long dueSoon = waiting.stream().map(ServiceLevelDates::due)
                .filter(d -> d != null && !d.isBefore(today) && !d.isAfter(soon)).count();
        var deadlines = new Paragraph(getTranslation("review.deadlines", overdue, dueSoon));
        deadlines.setId("deadlines");
        if (overdue + dueSoon > 0) {
            deadlines.addClassName("attention");
        }
        add(deadlines);
        var toQueue = new Anchor("granskning/forslag", getTranslation("review.toQueue"));
        toQueue.getElement().setAttribute("router-link", true);
        add(new Paragraph(toQueue));
        add(new H2(getTranslation("review.rounds")));
        var roundList = new Div();
        roundList.addClassName("cards");
        for (PrizeRound round : rounds.undecided()) {
            roundList.add(roundCard(round, clock));
        }
        if (roundList.getChildren().findAny().isEmpty()) {
            roundList.add(new Paragraph(getTranslation("review.noRounds")));
        }
        add(roundList);

        add(new H2(getTranslation("review.letters")));
        long failed = letters.countFailed();
        var failedLine = new Paragraph(getTranslation("review.lettersFailed", failed));
        failedLine.setId("letters-failed");
        if (failed > 0) {
            failedLine.addClassName("attention");
        }
        add(failedLine);
        var grid = new Grid<Letter>(Letter.class, false);
        grid.addColumn(l -> Dates.dateTime(l.getCreatedAt().atZone(clock.getZone()), getLocale()))
                .setHeader(getTranslation("review.letter.created")).setAutoWidth(true);
        grid.addColumn(Letter::getSubjectRef).setHeader(getTranslation("review.letter.about")).setAutoWidth(true);
        grid.addColumn(Letter::getRecipient).setHeader(getTranslation("review.letter.to")).setAutoWidth(true);
        grid.addColumn(Letter::getSubject).setHeader(getTranslation("review.letter.subject")).setFlexGrow(1);
        grid.addColumn(l -> getTranslation("letter.status." + l.getStatus().name()))
                .setHeader(getTranslation("review.letter.status")).setAutoWidth(true);
        grid.addColumn(l -> l.getStatus() == LetterStatus.SENT ? "" : nullToEmpty(l.getLastError()))
                .setHeader(getTranslation("review.letter.error"));
        grid.setItems(letters.latest(20));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("review.letters"));
        add(grid);
    }

    private Div roundCard(PrizeRound round, Clock clock) {
        var phase = round.phaseAt(clock.instant());
        long days = Math.max(0, Duration.between(clock.instant(), round.getClosesAt()).toDays());
        var text = switch (phase) {
            case ANNOUNCED, OPEN -> getTranslation("review.round.closesIn", days,
                    Dates.dateTime(round.closesAt(clock.getZone()), getLocale()));
            case REVIEW -> getTranslation("review.round.review");
            case DECIDED -> getTranslation("prize.phase.decided");
        };
        var card = new Div(new Span(getTranslation("prize.round", round.getYear())), new Paragraph(text));
        card.addClassName("card");
        return card;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
