package se.huddinge.delaktighet.review.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.notification.LetterEntry;
import se.huddinge.delaktighet.notification.LetterStatus;
import se.huddinge.delaktighet.notification.Letters;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.reporting.Numbers;
import se.huddinge.delaktighet.reporting.Overview;
import se.huddinge.delaktighet.reporting.OverviewFigures;
import se.huddinge.delaktighet.reporting.ServiceStep;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Granskning's overview, the staff start page: the queues with links, due and overdue steps, the current year's
 * key figures, the prize rounds with countdowns and the letters. Every figure is counted in the database.
 */
@Route("granskning")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class DashboardView extends PortalPage {

    DashboardView(Overview overview, PrizeRounds rounds, Letters letters, Clock clock, SignedIn signedIn) {
        super("review.title");
        add(new ReviewNav("granskning", signedIn));
        var figures = overview.figures();
        add(new H2(getTranslation("review.proposals")));
        var queues = new Div();
        queues.addClassName("cards");
        for (var status : List.of(ProposalStatus.IN_MODERATION, ProposalStatus.THRESHOLD_REACHED, ProposalStatus.REFERRED)) {
            queues.add(card("queue-" + status.name(), getTranslation("review.queue." + status.name()),
                    figures.byStatus().get(status), "granskning/lista?status=" + status.name()));
        }
        for (var queue : figures.queues()) {
            queues.add(card("queue-" + queue.path().replace('/', '-'), getTranslation(queue.labelKey()),
                    queue.count(), queue.path()));
        }
        add(queues);
        var deadlines = new Paragraph(getTranslation("review.deadlines", figures.overdue(), figures.dueSoon()));
        deadlines.setId("deadlines");
        if (figures.overdue() + figures.dueSoon() > 0) {
            deadlines.addClassName("attention");
        }
        add(deadlines);
        add(new Paragraph(link("granskning/forslag", getTranslation("review.toQueue")), new Span(" · "),
                link("granskning/lista?overdue=true", getTranslation("review.toOverdue")), new Span(" · "),
                link("granskning/nomineringar", getTranslation("review.toNominations")), new Span(" · "),
                link("granskning/under-grans", getTranslation("review.toBelowThreshold"))));
        add(keyFigures(figures, clock));

        add(new H2(getTranslation("review.rounds")));
        var roundList = new Div();
        roundList.addClassName("cards");
        for (RoundFacts round : rounds.undecided()) {
            roundList.add(roundCard(round, clock));
        }
        if (roundList.getChildren().findAny().isEmpty()) {
            roundList.add(new Paragraph(getTranslation("review.noRounds")));
        }
        add(roundList);
        addLetters(letters, clock);
    }

    private Div card(String id, String label, long count, String path) {
        var number = new Paragraph(String.valueOf(count));
        var card = new Div(new Span(label), number, link(path, getTranslation("review.showList")));
        card.addClassName("card");
        card.setId(id);
        return card;
    }

    private Anchor link(String path, String text) {
        var a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    private Div keyFigures(OverviewFigures f, Clock clock) {
        Locale locale = getLocale();
        var y = f.year();
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(getTranslation("figures.submitted"), String.valueOf(y.submitted())));
        rows.add(List.of(getTranslation("figures.publishedShare"), Numbers.percent(y.publishedShare(), locale)));
        rows.add(List.of(getTranslation("figures.moderationMedian"),
                Numbers.decimal(f.step(ServiceStep.MODERATION).median(), locale)));
        rows.add(List.of(getTranslation("figures.onTime"), Numbers.percent(f.onTimeShare(), locale)));
        rows.add(List.of(getTranslation("figures.thresholdReached"), String.valueOf(y.thresholdReached())));
        for (Decision d : Decision.values()) {
            rows.add(List.of(getTranslation("figures.decided", getTranslation("proposal.decision." + d.name())),
                    String.valueOf(y.outcomes().get(d))));
        }
        var table = Tables.of(getTranslation("figures.caption", f.currentYear()),
                List.of(getTranslation("figures.figure"), getTranslation("figures.value")), rows);
        table.setId("key-figures");
        // counted once a minute (reporting.KeyFigures): say when, so nobody takes them for this second's
        var counted = new Paragraph(getTranslation("figures.updated",
                DateTimeFormatter.ofPattern("HH:mm").format(f.countedAt().atZone(clock.getZone()))));
        counted.setId("figures-updated");
        return new Div(new H2(getTranslation("figures.title", f.currentYear())), counted, table);
    }

    private Div roundCard(RoundFacts round, Clock clock) {
        var phase = round.phaseAt(clock.instant());
        long days = round.timeLeft(clock.instant(), clock.getZone()).days();
        var text = switch (phase) {
            case ANNOUNCED, OPEN -> getTranslation("review.round.closesIn", days,
                    Dates.dateTime(round.closesAt(clock.getZone()), getLocale()));
            case REVIEW -> getTranslation("review.round.review");
            case DECIDED -> getTranslation("prize.phase.decided");
        };
        var card = new Div(new Span(getTranslation("prize.round", round.year())), new Paragraph(text));
        card.addClassName("card");
        return card;
    }

    private void addLetters(Letters letters, Clock clock) {
        add(new H2(getTranslation("review.letters")));
        long failed = letters.countFailed();
        var failedLine = new Paragraph(getTranslation("review.lettersFailed", failed));
        failedLine.setId("letters-failed");
        if (failed > 0) {
            failedLine.addClassName("attention");
        }
        add(failedLine);
        var grid = new Grid<LetterEntry>(LetterEntry.class, false);
        grid.addColumn(l -> Dates.dateTime(l.createdAt().atZone(clock.getZone()), getLocale()))
                .setHeader(getTranslation("review.letter.created")).setAutoWidth(true);
        grid.addColumn(LetterEntry::subjectRef).setHeader(getTranslation("review.letter.about")).setAutoWidth(true);
        grid.addColumn(l -> LetterLog.recipient(this, l)).setHeader(getTranslation("review.letter.to")).setAutoWidth(true);
        grid.addColumn(LetterEntry::subject).setHeader(getTranslation("review.letter.subject")).setFlexGrow(1);
        grid.addColumn(l -> getTranslation("letter.status." + l.status().name()))
                .setHeader(getTranslation("review.letter.status")).setAutoWidth(true);
        grid.addColumn(l -> l.status() == LetterStatus.SENT || l.lastError() == null ? "" : l.lastError())
                .setHeader(getTranslation("review.letter.error"));
        grid.setItems(letters.latest(20));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("review.letters"));
        add(grid);
    }
}
