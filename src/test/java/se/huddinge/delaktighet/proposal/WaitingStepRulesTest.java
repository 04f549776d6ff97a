package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.proposal.WaitingStep.Urgency;

/**
 * Which due date a proposal waits for, and how close it is, on their own: no Spring, no database.
 * {@code WaitingStepTest} checks that the same rule in SQL gives the same answers.
 */
class WaitingStepRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final LocalDate MODERATION = LocalDate.of(2026, 3, 16);
    private static final LocalDate REFERRAL = LocalDate.of(2026, 3, 30);
    private static final LocalDate DECISION = LocalDate.of(2027, 3, 30);

    @Test
    void a_proposal_waits_for_moderation_then_for_referral_then_for_the_decision_and_then_for_nothing() {
        var p = new Proposal("Bänkar", "Fler bänkar längs gångvägen.", "Flemingsberg", "parker", "Åsa",
                "asa@example.se", "sv", NOW);
        assertThat(WaitingStep.due(p)).as("not yet confirmed").isNull();
        p.confirm("HF-2026-0001", NOW, MODERATION);
        assertThat(WaitingStep.due(p)).isEqualTo(MODERATION);
        p.publish(NOW, NOW.plusSeconds(90 * 86_400));
        assertThat(WaitingStep.due(p)).as("collecting support").isNull();
        p.addSupport(NOW, 1, REFERRAL);
        assertThat(WaitingStep.due(p)).isEqualTo(REFERRAL);
        p.refer("NATUR", "NBN-2026/1", NOW, DECISION);
        assertThat(WaitingStep.due(p)).isEqualTo(DECISION);
        p.decide(Decision.BIFALL, "Ja.", LocalDate.of(2026, 9, 1), "§ 1", NOW);
        assertThat(WaitingStep.due(p)).isNull();
    }

    @Test
    void a_date_before_today_is_overdue_up_to_the_reminder_horizon_due_soon_and_later_on_track() {
        LocalDate today = LocalDate.of(2026, 4, 2);
        LocalDate soonUntil = LocalDate.of(2026, 4, 8);
        assertThat(WaitingStep.urgency(null, today, soonUntil)).isEqualTo(Urgency.NONE);
        assertThat(WaitingStep.urgency(today.minusDays(1), today, soonUntil)).isEqualTo(Urgency.OVERDUE);
        assertThat(WaitingStep.urgency(today, today, soonUntil)).as("due today").isEqualTo(Urgency.DUE_SOON);
        assertThat(WaitingStep.urgency(soonUntil, today, soonUntil)).isEqualTo(Urgency.DUE_SOON);
        assertThat(WaitingStep.urgency(soonUntil.plusDays(1), today, soonUntil)).isEqualTo(Urgency.ON_TRACK);
    }

    @Test
    void the_sql_rule_names_the_due_column_of_each_waiting_status_only() {
        assertThat(WaitingStep.sql("p")).contains("when 'IN_MODERATION' then p.moderation_due",
                "when 'THRESHOLD_REACHED' then p.referral_due", "when 'REFERRED' then p.decision_due")
                .doesNotContain("PUBLISHED'", "DECIDED");
        assertThat(WaitingStep.sqlWaiting("x")).startsWith("x.status in (").contains("'IN_MODERATION'",
                "'THRESHOLD_REACHED'", "'REFERRED'");
    }
}
