package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationSubmitted;
import se.huddinge.delaktighet.nomination.NominationService;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;

/** The letters of a nomination arrive as a nominator reads them: the link, the receipt, the refusal of a late one. */
@PortalTest
@RecordApplicationEvents
class PrizeLettersTest {

    @Autowired
    NominationService nominations;
    @Autowired
    PrizeRounds rounds;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    se.huddinge.delaktighet.nomination.PrizeDecisions decisions;
    @Autowired
    se.huddinge.delaktighet.nomination.PrizeReview review;
    @Autowired
    se.huddinge.delaktighet.security.StaffAccountService staff;
    @Autowired
    MutableClock clock;

    private final Mailbox mail = new Mailbox();
    private RoundFacts round;

    @BeforeEach
    void start() {
        Database.clear(jdbc);
        mail.start();
        clock.setTo("2027-03-01T09:00:00");
        round = rounds.create(PrizeFixtures.round(2027));
        clock.setTo("2027-08-20T21:00:00");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private String nominateAndReadTheLink(java.util.Locale locale) {
        nominations.submit(round.id(), PrizeFixtures.nomination(round, "Föreningen Vårby Röster",
                PrizeFixtures.NOMINATOR), locale);
        var letter = mail.letterTo(PrizeFixtures.NOMINATOR, locale == PortalI18n.ENGLISH ? "Confirm" : "Bekräfta");
        return letter.token("demokratipriset/bekrafta/");
    }

    @Test
    void the_link_letter_names_the_deadline_and_the_receipt_carries_the_reference_number() {
        String token = nominateAndReadTheLink(PortalI18n.SWEDISH);
        // the event names the link; the token was minted when the letter left
        assertThat(events.stream(NominationSubmitted.class).findFirst().orElseThrow().toString()).doesNotContain(token);

        nominations.confirm(token);

        var receipt = mail.letterTo(PrizeFixtures.NOMINATOR, "DP-2027-0001");
        assertThat(receipt.subject()).isEqualTo("Vi har tagit emot din nominering DP-2027-0001");
        assertThat(receipt.text()).contains("Din nominering av Föreningen Vårby Röster till Demokratipriset 2027 räknas.")
                .contains("Nomineringen stänger fredag 20 augusti 2027 kl. 23:59.")
                .contains("Priset delas ut lördag 23 oktober 2027 i Huddinge kommunhus.");
    }

    @Test
    void a_confirmation_after_the_deadline_is_answered_by_a_letter_that_says_it_does_not_count() {
        String token = nominateAndReadTheLink(PortalI18n.ENGLISH);
        clock.setTo("2027-08-21T00:00:00");

        nominations.confirm(token);

        var letter = mail.letterTo(PrizeFixtures.NOMINATOR, "too late");
        assertThat(letter.subject()).isEqualTo("Your nomination for the Democracy Prize 2027 came too late");
        assertThat(letter.text()).contains("after nominations closed on Friday 20 August 2027 at 23:59")
                .contains("It therefore does not count");
    }

    @Test
    void on_the_announcement_day_every_nominator_hears_the_outcome_and_a_winner_with_an_address_hears_it_too() {
        var story = new se.huddinge.delaktighet.nomination.PrizeStory(rounds, nominations, staff, events, clock);
        Database.clear(jdbc);
        story.round().nominations("Vårby Röster", "Glömsta Ungdomsråd").closed();
        jdbc.update("update nomination set nominee_contact = 'vinnare@example.se' where id = ?", story.nominated.get(0));
        se.huddinge.delaktighet.proposal.ProposalFixtures.as("admin", () -> {
            decisions.decide(story.round.id(), new se.huddinge.delaktighet.nomination.PrizeDecisions.DecisionForm(
                    java.util.List.of(new se.huddinge.delaktighet.nomination.PrizeDecisions.Winner(story.nominated.get(0),
                            "För medborgardialogerna i Vårby.")), java.time.LocalDate.of(2027, 9, 28), "TDB § 12",
                    java.time.LocalDate.of(2027, 10, 23)));
            return null;
        }, "ADMIN");
        clock.setTo("2027-10-23T00:05:00");
        decisions.publishDue();

        var won = mail.letterTo("a@example.se", "får Demokratipriset 2027");
        assertThat(won.subject()).isEqualTo("Vårby Röster får Demokratipriset 2027 – DP-2027-0001");
        assertThat(won.text()).contains("Skälen till priset:\nFör medborgardialogerna i Vårby.")
                .contains("valde vinnarna tisdag 28 september 2027")
                .contains("http://localhost:8080/demokratipriset/vinnare");
        var notChosen = mail.letterTo("b@example.se", "är avgjort");
        assertThat(notChosen.subject()).isEqualTo("Demokratipriset 2027 är avgjort – DP-2027-0002");
        assertThat(notChosen.text()).contains("Du nominerade Glömsta Ungdomsråd. Den här gången gick priset till andra.");
        assertThat(mail.letterTo("vinnare@example.se", "Du får Demokratipriset 2027").text())
                .contains("Vårby Röster får Huddinge kommuns Demokratipris 2027");
    }

    @Test
    void a_member_with_nominations_left_is_reminded_with_the_scoring_deadline() {
        var story = new se.huddinge.delaktighet.nomination.PrizeStory(rounds, nominations, staff, events, clock);
        Database.clear(jdbc);
        story.round().nominations("Vårby Röster").closed();

        se.huddinge.delaktighet.proposal.ProposalFixtures.as("handlaggare", () -> review.remind(story.round.id()),
                "OFFICER");

        var letter = mail.letterTo("ledamot@huddinge.example", "Påminnelse");
        assertThat(letter.subject())
                .isEqualTo("Påminnelse: bedöm nomineringarna till Demokratipriset 2027 senast måndag 20 september 2027");
        assertThat(letter.text()).contains("Du har 1 nomineringar kvar att bedöma")
                .contains("http://localhost:8080/granskning/pris");
    }
}
