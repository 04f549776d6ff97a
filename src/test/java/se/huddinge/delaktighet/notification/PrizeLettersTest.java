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
import se.huddinge.delaktighet.nomination.PrizeRound;
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
    MutableClock clock;

    private final Mailbox mail = new Mailbox();
    private PrizeRound round;

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
        nominations.submit(round.getId(), PrizeFixtures.nomination(round, "Föreningen Vårby Röster",
                PrizeFixtures.NOMINATOR), locale);
        var letter = mail.letterTo(PrizeFixtures.NOMINATOR, locale == PortalI18n.ENGLISH ? "Confirm" : "Bekräfta");
        return letter.token("demokratipriset/bekrafta/");
    }

    @Test
    void the_link_letter_names_the_deadline_and_the_receipt_carries_the_reference_number() {
        String token = nominateAndReadTheLink(PortalI18n.SWEDISH);
        assertThat(events.stream(NominationSubmitted.class).findFirst().orElseThrow().confirmToken()).isEqualTo(token);

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
}
