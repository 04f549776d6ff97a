package se.huddinge.delaktighet.nomination;

import se.huddinge.delaktighet.SentLinks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationSubmitted;
import se.huddinge.delaktighet.base.form.InvalidInput;

/**
 * The deadline is checked on the server, to the millisecond, in Stockholm time: when a nomination is saved and again
 * when its confirmation link is followed; also on the night the clocks go back.
 */
class NominationDeadlineTest extends PrizeStoryTest {

    private RoundFacts round;

    @BeforeEach
    void aRoundFor2027() {
        Database.clear(jdbc);
        clock.setTo("2027-03-01T09:00:00");
        round = rounds.create(PrizeFixtures.round(2027));
    }

    private long nominate(String nominee) {
        return nominations.submit(round.id(), PrizeFixtures.nomination(round, nominee, PrizeFixtures.NOMINATOR),
                PortalI18n.SWEDISH);
    }

    private String token(long nominationId) {
        return SentLinks.token(events.stream(NominationSubmitted.class).filter(e -> e.nominationId() == nominationId)
                .reduce((a, b) -> b).orElseThrow().confirmLink());
    }

    private int saved() {
        return jdbc.queryForObject("select count(*) from nomination", Integer.class);
    }

    @Test
    void a_nomination_saved_at_23_59_59_999_on_20_august_counts_and_is_numbered_when_confirmed() {
        clock.setTo("2027-08-20T23:59:59.999");
        long id = nominate("Föreningen Vårby Röster");

        var confirmation = nominations.confirm(token(id));

        assertThat(confirmation.counted()).isTrue();
        assertThat(confirmation.reference()).isEqualTo("DP-2027-0001");
        assertThat(jdbc.queryForObject("select status from nomination", String.class)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("select count(*) from nomination_motivation", Integer.class)).isEqualTo(2);
    }

    @Test
    void a_nomination_at_00_00_00_000_on_21_august_is_refused_with_the_closing_time_and_nothing_is_saved() {
        clock.setTo("2027-08-21T00:00:00.000");

        assertThatThrownBy(() -> nominate("Föreningen Vårby Röster"))
                .isInstanceOfSatisfying(NominationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(NominationException.Reason.CLOSED);
                    assertThat(e.closesAt().atZone(MutableClock.STOCKHOLM).toLocalDateTime())
                            .isEqualTo(LocalDateTime.parse("2027-08-20T23:59:59.999999"));
                });
        assertThat(saved()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from address_request", Integer.class)).isZero();
    }

    @Test
    void a_confirmation_link_followed_after_the_deadline_does_not_count() {
        clock.setTo("2027-08-20T22:00:00");
        long id = nominate("Föreningen Vårby Röster");
        clock.setTo("2027-08-21T00:00:00.000");

        var confirmation = nominations.confirm(token(id));

        assertThat(confirmation.counted()).isFalse();
        assertThat(confirmation.reference()).isNull();
        assertThat(jdbc.queryForObject("select status from nomination", String.class)).isEqualTo("TOO_LATE");
        assertThat(events.stream(NominationEvents.NominationConfirmedTooLate.class)).hasSize(1);
        assertThatThrownBy(() -> nominations.confirm(token(id))).isInstanceOfSatisfying(NominationException.class,
                e -> assertThat(e.reason()).isEqualTo(NominationException.Reason.LINK_USED));
    }

    @Test
    void a_confirmation_at_23_59_59_999_still_counts() {
        clock.setTo("2027-08-20T12:00:00");
        long id = nominate("Föreningen Vårby Röster");
        clock.setTo("2027-08-20T23:59:59.999");

        assertThat(nominations.confirm(token(id)).counted()).isTrue();
    }

    /** Sunday 31 October 2027: at 03:00 summer time the clocks go back to 02:00, so the day has 25 hours. */
    @Test
    void the_same_rules_hold_for_a_deadline_on_the_night_the_clocks_go_back() {
        var form = PrizeFixtures.round(2027);
        round = rounds.create(new RoundForm(round.id(), 2027, form.formDecidedOn(), form.formDecision(),
                form.aboutSv(), form.aboutEn(), round.form(MutableClock.STOCKHOLM).criteria(), 25_000, 2, null,
                form.opensAt(), LocalDateTime.of(2027, 10, 31, 23, 59), LocalDate.of(2027, 11, 15), "", null, false,
                12, ""));
        // the evening before, in summer time: two calendar days and 49 hours (one of them the extra hour) left
        clock.setTo("2027-10-29T23:00:00");
        assertThat(round.timeLeft(clock.instant(), MutableClock.STOCKHOLM).days()).isEqualTo(2);
        clock.setTo("2027-10-31T01:00:00");
        assertThat(round.timeLeft(clock.instant(), MutableClock.STOCKHOLM))
                .isEqualTo(new RoundFacts.TimeLeft(0, 23, 59));

        clock.setTo("2027-10-31T23:59:59.999");
        long counted = nominate("Föreningen Vårby Röster");
        clock.setTo("2027-11-01T00:00:00.000");
        assertThatThrownBy(() -> nominate("Glömsta Ungdomsråd")).isInstanceOf(NominationException.class);
        assertThat(nominations.confirm(token(counted)).counted()).as("confirmed after the deadline").isFalse();
        assertThat(saved()).isEqualTo(1);
    }

    /** At 02:30 that night the clock shows twice; a deadline given as 02:30 is the first, in summer time. */
    @Test
    void a_deadline_inside_the_repeated_hour_means_the_first_time_the_clock_shows_it() {
        ZoneId zone = MutableClock.STOCKHOLM;
        var closes = RoundFacts.endOfMinute(LocalDateTime.of(2027, 10, 31, 2, 30), zone);
        assertThat(closes.toString()).isEqualTo("2027-10-31T00:30:59.999999Z");
    }

    @Test
    void self_nomination_is_refused_by_default_and_accepted_when_the_round_allows_it() {
        clock.setTo("2027-07-01T12:00:00");
        var form = PrizeFixtures.nomination(round, "Nina Nominerare", PrizeFixtures.NOMINATOR);

        assertThatThrownBy(() -> nominations.submit(round.id(), form, PortalI18n.SWEDISH))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("nomineeName", "self"));
        assertThat(saved()).isZero();

        var allowing = round.form(MutableClock.STOCKHOLM);
        rounds.create(new RoundForm(allowing.id(), 2027, allowing.formDecidedOn(), allowing.formDecision(),
                allowing.aboutSv(), allowing.aboutEn(), allowing.criteria(), 25_000, 2, allowing.callAnnouncedOn(),
                allowing.opensAt(), allowing.closesAt(), allowing.awardDay(), "", allowing.scoringDue(), true, 12, ""));
        nominations.submit(round.id(), form, PortalI18n.SWEDISH);
        assertThat(saved()).isEqualTo(1);
    }

    @Test
    void a_nomination_before_the_round_opens_is_refused() {
        clock.setTo("2027-05-31T23:59:59.999");
        assertThatThrownBy(() -> nominate("Föreningen Vårby Röster")).isInstanceOfSatisfying(NominationException.class,
                e -> assertThat(e.reason()).isEqualTo(NominationException.Reason.NOT_OPEN));
        assertThat(saved()).isZero();
    }
}
