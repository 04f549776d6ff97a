package se.huddinge.delaktighet.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.privacy.RetentionJob;
import se.huddinge.delaktighet.proposal.ProposalFixtures;

/**
 * After the round's retention period the personal data goes, the letters' recipients and texts too (the retention
 * job, beside the proposals'); the winners' names and citations stay public.
 */
class PrizeAnonymisationTest extends PrizeStoryTest {

    @Autowired
    PrizeReview review;
    @Autowired
    PrizeDecisions decisions;
    @Autowired
    RetentionJob retention;

    @Test
    void personal_data_is_anonymised_the_day_the_retention_period_ends_and_not_before() {
        Database.clear(jdbc);
        var story = story().round()
                .nominations("Vårby Röster", "Glömsta Ungdomsråd");
        // a nomination an officer registered from a phone call (DD42): the officer's note and the postal address go too
        var phoned = PrizeFixtures.nomination(story.round, "Stuvsta Läxhjälp", null);
        ProposalFixtures.as("handlaggare", () -> nominations.registerOnBehalf(story.round.id(),
                new NominationForm(phoned.nomineeName(), phoned.kind(), phoned.tie(), phoned.motivations(), false, null,
                        "Gunnel Öberg", "", "", true),
                new AssistedNominator(se.huddinge.delaktighet.base.Channel.PHONE, "Uppgav sitt personnummer i telefon",
                        "Storgatan 12 B", "14185", "Huddinge", "sv")), "OFFICER");
        assertThat(jdbc.queryForList("select identified_by from nomination where identified_by is not null",
                String.class)).containsExactly("Uppgav sitt personnummer i telefon");
        story.closed();
        ProposalFixtures.as(PrizeStory.MEMBER, () -> {
            review.score(story.nominated.get(1), java.util.Map.of(story.criterion(0), 3, story.criterion(1), 3),
                    "Känner till dem via Anna på fritidsgården.");
            return null;
        }, "COMMITTEE");
        ProposalFixtures.as("admin", () -> {
            decisions.decide(story.round.id(), new PrizeDecisions.DecisionForm(List.of(
                    new PrizeDecisions.Winner(story.nominated.get(0), "För dialogerna i Vårby.")),
                    LocalDate.of(2027, 9, 28), "§ 12", LocalDate.of(2027, 10, 23)));
            return null;
        }, "ADMIN");

        clock.setTo("2027-10-23T08:00:00");
        decisions.publishDue();
        // the outcome letters are written by a listener after the publication: wait for all three before time moves on
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where template like 'prize-outcome%'", Integer.class) == 3);
        clock.setTo("2028-10-22T23:59:59");       // award day 23 October 2027 + 12 months
        assertThat(retention.run().prizeRounds()).isZero();
        assertThat(jdbc.queryForList("select recipient from letter where subject_ref like 'DP-%'", String.class))
                .as("the receipts and outcome letters").isNotEmpty().doesNotContain("–");
        clock.setTo("2028-10-23T00:00:00");
        assertThat(retention.run().prizeRounds()).isEqualTo(1);
        assertThat(retention.run().prizeRounds()).as("once").isZero();

        assertThat(jdbc.queryForList("select nominator_email from nomination", String.class))
                .as("e-mail and postal addresses").containsOnly("–");
        assertThat(jdbc.queryForList("select identified_by from nomination", String.class))
                .as("the officer's note of how the nominator was identified").containsOnly((String) null);
        assertThat(jdbc.queryForList("select channel from nomination where registered_by = 'handlaggare'", String.class))
                .as("how it came in stays, for the follow-up's counts").containsExactly("PHONE");
        assertThat(jdbc.queryForList("select concat(recipient, body_text) from letter where subject_ref like 'DP-%'",
                String.class)).as("the nominators' letters keep neither address nor text").containsOnly("–");
        assertThat(jdbc.queryForList("select nominator_name from nomination", String.class)).containsOnly("–");
        assertThat(jdbc.queryForList("select nominee_name from nomination order by id", String.class))
                .as("the winner's name stays; the others', the phoned-in nomination's too, go")
                .containsExactly("Vårby Röster", "–", "–");
        assertThat(jdbc.queryForList("select distinct text from nomination_motivation", String.class)).containsOnly("–");
        assertThat(jdbc.queryForList("select comment from nomination_review", String.class)).containsOnly((String) null);
        assertThat(rounds.archive().get(0).winners()).extracting(PrizeRounds.Winner::name, PrizeRounds.Winner::citation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vårby Röster", "För dialogerna i Vårby."));
    }
    @Test
    void an_unconfirmed_nomination_and_its_letter_are_deleted_30_days_after_its_link_stopped_working() {
        Database.clear(jdbc);
        var story = story().round().nominations("Vårby Röster");
        long unconfirmed = nominations.submit(story.round.id(),
                PrizeFixtures.nomination(story.round, "Glömsta Ungdomsråd", "glomsta@example.se"), PortalI18n.SWEDISH);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where subject_ref = ?", Integer.class, "DP-unconfirmed-" + unconfirmed) == 1);

        clock.setTo("2027-09-11T12:00:00");       // sent 10 August 12:00, the link stopped working 13 August 12:00
        assertThat(retention.run().unconfirmedNominations()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from nomination", Integer.class)).isEqualTo(2);

        clock.setTo("2027-09-12T12:00:01");
        assertThat(retention.run().unconfirmedNominations()).isOne();
        assertThat(jdbc.queryForList("select nominee_name from nomination", String.class)).containsExactly("Vårby Röster");
        assertThat(jdbc.queryForObject("select count(*) from nomination_motivation where nomination_id = ?",
                Integer.class, unconfirmed)).isZero();
        assertThat(jdbc.queryForList("select recipient from letter", String.class)).doesNotContain("glomsta@example.se");
        assertThat(retention.run().unconfirmedNominations()).as("once").isZero();
    }
}
