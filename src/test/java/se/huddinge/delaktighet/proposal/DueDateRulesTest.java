package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import se.huddinge.delaktighet.base.WorkingDays;
import se.huddinge.delaktighet.proposal.ProposalEvents.Step;

/**
 * Every date the portal promises, on its own: no application, the scheme's default numbers bound as the portal
 * binds them. {@code DueDatesTest} shows the same dates on the proposal's page.
 */
class DueDateRulesTest {

    private static final Binder DEFAULTS = new Binder(new MapConfigurationPropertySource(Map.of()));
    private final DueDates dates = new DueDates(new WorkingDays(),
            DEFAULTS.bindOrCreate("portal.proposals", ProposalRules.class),
            DEFAULTS.bindOrCreate("portal.service-levels", ServiceLevels.class));

    @Test
    void moderation_is_due_ten_working_days_after_confirmation_skipping_easter() {
        assertThat(dates.moderation(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void the_referral_is_due_twenty_working_days_after_the_threshold_skipping_midsummer_eve() {
        assertThat(dates.referral(LocalDate.of(2026, 5, 29))).isEqualTo(LocalDate.of(2026, 6, 29));
    }

    @Test
    void a_decision_twelve_months_on_that_falls_on_a_weekend_or_holiday_moves_to_the_next_working_day() {
        assertThat(dates.decision(LocalDate.of(2026, 11, 27))).as("a Saturday").isEqualTo(LocalDate.of(2027, 11, 29));
        assertThat(dates.decision(LocalDate.of(2026, 3, 27))).as("Easter Saturday").isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(dates.decision(LocalDate.of(2026, 3, 4))).as("a Thursday").isEqualTo(LocalDate.of(2027, 3, 4));
    }

    @Test
    void a_late_step_moves_by_working_days_or_by_three_months_to_a_working_day() {
        LocalDate tuesdayBeforeEaster = LocalDate.of(2026, 3, 31);
        assertThat(dates.postponed(Step.MODERATION, tuesdayBeforeEaster)).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(dates.postponed(Step.REFERRAL, tuesdayBeforeEaster)).isEqualTo(LocalDate.of(2026, 4, 16));
        // three months on is Saturday 5 June; Sunday 6 June is the national day
        assertThat(dates.postponed(Step.DECISION, LocalDate.of(2027, 3, 5))).isEqualTo(LocalDate.of(2027, 6, 7));
    }

    @Test
    void due_soon_reaches_two_working_days_ahead() {
        assertThat(dates.dueSoonUntil(LocalDate.of(2026, 4, 2))).as("over Easter").isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(dates.dueSoonUntil(LocalDate.of(2026, 3, 4))).isEqualTo(LocalDate.of(2026, 3, 6));
    }
}
