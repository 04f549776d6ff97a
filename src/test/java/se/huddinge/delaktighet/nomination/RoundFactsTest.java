package se.huddinge.delaktighet.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.nomination.RoundFacts.Phase;
import se.huddinge.delaktighet.nomination.RoundFacts.TimeLeft;

/**
 * The dates of a prize round on their own: no Spring, no database. The deadline is the end of the minute given, in
 * Stockholm's time, and the phases, the reminders and the time left follow from the instants.
 */
class RoundFactsTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** Huddinge's scheme in 2027: open from 1 June 00:00, deadline 20 August 23:59, scores due 20 September. */
    private static RoundFacts round(LocalDateTime closes, LocalDate scoringDue, LocalDate awardDay, boolean decided) {
        return new RoundFacts(1, 2027, null, null, "Om priset.", "About the prize.", null,
                List.of(new RoundFacts.Criterion(5, "Delaktighet", "Participation", "Ökar delaktigheten.",
                        "Increases participation.", null, null)), 25_000, 2, null,
                LocalDateTime.of(2027, 6, 1, 0, 0).atZone(STOCKHOLM).toInstant(),
                RoundFacts.endOfMinute(closes, STOCKHOLM), awardDay, null, scoringDue, false, 12, "ledamot", decided,
                null, null, null, null);
    }

    private static RoundFacts round() {
        return round(LocalDateTime.of(2027, 8, 20, 23, 59), LocalDate.of(2027, 9, 20), LocalDate.of(2027, 10, 23),
                false);
    }

    private static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(STOCKHOLM).toInstant();
    }

    @Test
    void a_deadline_given_to_the_minute_takes_nominations_to_the_end_of_that_minute() {
        var round = round();
        assertThat(round.closesAt()).isEqualTo(Instant.parse("2027-08-20T21:59:59.999999Z"));
        assertThat(round.acceptsNominationsAt(at("2027-08-20T23:59:59.999"))).isTrue();
        assertThat(round.acceptsNominationsAt(at("2027-08-21T00:00:00"))).isFalse();
        assertThat(round.acceptsNominationsAt(at("2027-06-01T00:00:00"))).as("from the first instant").isTrue();
        assertThat(round.acceptsNominationsAt(at("2027-05-31T23:59:59.999"))).isFalse();
    }

    @Test
    void a_round_is_announced_then_open_then_in_review_and_decided_whatever_the_date() {
        var round = round();
        assertThat(round.phaseAt(at("2027-05-31T23:59:59"))).isEqualTo(Phase.ANNOUNCED);
        assertThat(round.phaseAt(at("2027-06-01T00:00:00"))).isEqualTo(Phase.OPEN);
        assertThat(round.phaseAt(at("2027-08-20T23:59:59"))).isEqualTo(Phase.OPEN);
        assertThat(round.phaseAt(at("2027-08-21T00:00:00"))).isEqualTo(Phase.REVIEW);
        assertThat(round.inReviewAt(at("2027-08-21T00:00:00"))).isTrue();
        var decided = round(LocalDateTime.of(2027, 8, 20, 23, 59), null, null, true);
        assertThat(decided.phaseAt(at("2027-07-01T12:00:00"))).isEqualTo(Phase.DECIDED);
        assertThat(decided.inReviewAt(at("2027-09-01T12:00:00"))).as("no scoring once decided").isFalse();
    }

    @Test
    void members_are_reminded_in_review_up_to_and_including_the_scoring_due_day() {
        var round = round();
        assertThat(round.remindersAllowedAt(at("2027-08-20T12:00:00"), STOCKHOLM)).as("still open").isFalse();
        assertThat(round.remindersAllowedAt(at("2027-09-20T23:59:00"), STOCKHOLM)).isTrue();
        assertThat(round.remindersAllowedAt(at("2027-09-21T00:00:00"), STOCKHOLM)).isFalse();
        var noDueDay = round(LocalDateTime.of(2027, 8, 20, 23, 59), null, null, false);
        assertThat(noDueDay.remindersAllowedAt(at("2027-12-01T10:00:00"), STOCKHOLM)).isTrue();
    }

    @Test
    void the_time_left_is_calendar_days_and_on_the_last_day_hours_and_minutes() {
        var round = round();
        assertThat(round.timeLeft(at("2027-08-18T23:00:00"), STOCKHOLM)).isEqualTo(new TimeLeft(2, 0, 0));
        assertThat(round.timeLeft(at("2027-08-20T09:30:00"), STOCKHOLM)).isEqualTo(new TimeLeft(0, 14, 29));
        assertThat(round.timeLeft(at("2027-08-21T00:00:00"), STOCKHOLM)).isEqualTo(new TimeLeft(0, 0, 0));
    }

    @Test
    void the_last_day_is_one_day_when_the_clocks_go_back_and_has_twenty_five_hours() {
        // 31 October 2027: 03:00 summer time becomes 02:00 winter time
        var round = round(LocalDateTime.of(2027, 10, 31, 23, 59), null, null, false);
        assertThat(round.timeLeft(at("2027-10-30T12:00:00"), STOCKHOLM)).isEqualTo(new TimeLeft(1, 0, 0));
        assertThat(round.timeLeft(at("2027-10-31T00:30:00"), STOCKHOLM)).isEqualTo(new TimeLeft(0, 24, 29));
    }

    @Test
    void personal_data_goes_the_retention_period_after_the_award_day_or_else_after_the_deadline() {
        assertThat(round().anonymiseOn()).isEqualTo(LocalDate.of(2028, 10, 23));
        assertThat(round(LocalDateTime.of(2027, 8, 20, 23, 59), null, null, false).anonymiseOn())
                .isEqualTo(LocalDate.of(2028, 8, 20));
    }

    @Test
    void the_form_shows_the_deadline_to_the_minute_it_was_given_and_the_chair_is_recognised_in_any_case() {
        var form = round().form(STOCKHOLM);
        assertThat(form.closesAt()).isEqualTo(LocalDateTime.of(2027, 8, 20, 23, 59));
        assertThat(form.opensAt()).isEqualTo(LocalDateTime.of(2027, 6, 1, 0, 0));
        assertThat(form.criteria()).extracting(RoundForm.Criterion::id).containsExactly(5L);
        assertThat(round().isChair("Ledamot")).isTrue();
        assertThat(round().isChair("admin")).isFalse();
    }
}
