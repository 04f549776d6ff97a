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
import se.huddinge.delaktighet.nomination.RoundFacts;
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

    @Test
    void the_overview_gives_the_years_key_figures_and_opens_each_queue_as_a_filtered_list() {
        given.published(BENCHES);                                         // moderated the day it came: 0 working days
        long late = given.inModeration("Belysning på gångvägen i Skogås");
        clock.setTo("2026-03-20T10:00:00");                                // 14 working days later: past its due date
        given.asOfficer(() -> cases.reject(late, given.version(late), "OPINION", null, null));
        given.inModeration("Utegym i Stuvsta");
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning");

        var figures = _get(com.vaadin.flow.component.html.NativeTable.class, spec -> spec.withId("key-figures"))
                .getElement().getTextRecursively().replace('\u00A0', ' ');
        assertThat(figures).contains("Inkomna förslag3").contains("Andel publicerade av de granskade50 %")
                .contains("Median, arbetsdagar till granskningsbeslut7").contains("Andel brev som skickades i tid50 %");
        var link = _get(_get(Div.class, spec -> spec.withId("queue-IN_MODERATION")), Anchor.class);
        assertThat(link.getHref()).isEqualTo("granskning/lista?status=IN_MODERATION");
        UI.getCurrent().navigate("granskning/lista", com.vaadin.flow.router.QueryParameters.of("status", "IN_MODERATION"));
        assertThat(_get(H1.class).getText()).isEqualTo("Alla förslag");
        assertThat(_get(Paragraph.class, spec -> spec.withId("list-total")).getText()).isEqualTo("1 förslag");
    }

    @Test
    void a_committee_member_sees_the_nominations_awaiting_their_scores_once_nominations_have_closed() {
        var round = rounds.create(se.huddinge.delaktighet.nomination.PrizeFixtures.round(2026));
        for (String nominee : new String[]{"Vårby ungdomsråd", "Skogås hembygdsförening"}) {
            jdbc.update("insert into nomination (round_id, reference, status, nominee_name, nominee_kind, nominee_tie, "
                    + "nominee_knows, nominator_name, nominator_email, language, submitted_at, link_expires_at, "
                    + "confirmed_at) values (?, ?, 'CONFIRMED', ?, 'ASSOCIATION', 'Verksam i Huddinge', true, 'Nina', "
                    + "'nina@example.se', 'sv', '2026-06-10 10:00:00', '2026-06-13 10:00:00', '2026-06-10 11:00:00')",
                    round.id(), "DP-" + nominee.hashCode(), nominee);
        }
        clock.setTo("2026-08-21T09:00:00");
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning");

        var card = _get(Div.class, spec -> spec.withId("queue-granskning-pris"));
        assertThat(_get(card, Span.class).getText()).isEqualTo("Nomineringar som väntar på mina poäng");
        assertThat(_get(card, Paragraph.class).getText()).isEqualTo("2");
    }

    private static String queueCount(String status) {
        return _get(_get(Div.class, spec -> spec.withId("queue-" + status)), Paragraph.class).getText();
    }

    private static java.time.Instant at(String stockholm) {
        return LocalDateTime.parse(stockholm).atZone(MutableClock.STOCKHOLM).toInstant();
    }
}
