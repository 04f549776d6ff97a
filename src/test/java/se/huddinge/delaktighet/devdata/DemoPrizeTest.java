package se.huddinge.delaktighet.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.nomination.PrizeReview;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.proposal.ProposalFixtures;

/** A newcomer's dev portal has every prize page filled: last year's winners, this year's dozen nominations. */
@PortalTest
class DemoPrizeTest {

    @Autowired
    DemoPrize demo;
    @Autowired
    PrizeRounds rounds;
    @Autowired
    PrizeReview review;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void the_demo_has_last_years_winners_this_years_nominations_and_next_years_round() {
        Database.clear(jdbc);
        clock.setTo("2026-11-27T10:00:00");
        demo.load();

        var archive = rounds.archive();
        assertThat(archive).hasSize(1);
        assertThat(archive.get(0).year()).isEqualTo(2025);
        assertThat(archive.get(0).winners()).extracting(PrizeRounds.Winner::name)
                .containsExactly("Föreningen Vårby Röster", "Glömsta Ungdomsråd");
        var current = rounds.current().orElseThrow();
        assertThat(current.year()).isEqualTo(2026);
        assertThat(ProposalFixtures.as("ledamot", () -> review.items(current.id(), 0, 50), "COMMITTEE")).hasSize(12);
        assertThat(rounds.find(current.id()).orElseThrow().inReviewAt(clock.instant())).isTrue();
    }
}
