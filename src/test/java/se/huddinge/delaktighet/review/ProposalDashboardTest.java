package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.nomination.PrizeRound;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/** The review dashboard ("granskning"): the proposal queues at a glance, and the open prize round. */
class ProposalDashboardTest extends ProposalTestBase {

    @Autowired
    PrizeRounds rounds;

    @Test
    void the_dashboard_counts_each_queue_and_leads_to_the_proposals() {
        given.inModeration(BENCHES);
        given.inModeration("Belysning på gångvägen i Skogås");
        given.thresholdReached("Ny lekplats i Vårby");
        given.referred("Utegym i Stuvsta");
        given.submit(ProposalFixtures.form("Inte bekräftat ännu"));
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning");

        assertThat(queueCount("IN_MODERATION")).isEqualTo("2");
        assertThat(queueCount("THRESHOLD_REACHED")).isEqualTo("1");
        assertThat(queueCount("REFERRED")).isEqualTo("1");
        AnchorsKt._click(_get(Anchor.class, spec -> spec.withText("Till köerna för förslag")));
        assertThat(_get(H1.class).getText()).isEqualTo("Förslag att handlägga");
    }

    @Test
    void the_dashboard_marks_overdue_and_soon_due_steps() {
        given.inModeration(BENCHES);
        clock.setTo("2026-03-12T10:00:00");
        given.inModeration("Belysning på gångvägen i Skogås");
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning");
        assertThat(_get(Paragraph.class, spec -> spec.withId("deadlines")).getText())
                .as("due Monday 16 March, two working days from Thursday 12 March")
                .isEqualTo("Försenade: 0. Ska vara klara inom kort: 1.");

        clock.setTo("2026-03-17T10:00:00");
        UI.getCurrent().navigate("granskning/forslag");
        UI.getCurrent().navigate("granskning");
        assertThat(_get(Paragraph.class, spec -> spec.withId("deadlines")).getText())
                .isEqualTo("Försenade: 1. Ska vara klara inom kort: 0.");
    }

    @Test
    void an_open_prize_round_is_named_by_its_year_as_a_year_is_written() {
        rounds.create(se.huddinge.delaktighet.nomination.PrizeFixtures.round(2026));
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning");

        assertThat(_get(Span.class, spec -> spec.withText("Demokratipriset 2026"))).isNotNull();
    }

    private static String queueCount(String status) {
        return _get(_get(Div.class, spec -> spec.withId("queue-" + status)), Paragraph.class).getText();
    }

    private static java.time.Instant at(String stockholm) {
        return LocalDateTime.parse(stockholm).atZone(MutableClock.STOCKHOLM).toInstant();
    }
}
