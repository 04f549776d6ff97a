package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.huddinge.delaktighet.proposal.ProposalEvents.Step;
import se.huddinge.delaktighet.proposal.ProposalException.Reason;

/**
 * The aggregate's state machine on its own: no Spring, no database, so each rule is checked in milliseconds. The
 * services and their tests add the storing, the letters and the clock.
 */
class ProposalStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant PERIOD_ENDS = NOW.plus(Duration.ofDays(90));
    private static final LocalDate DUE = LocalDate.of(2026, 3, 16);
    private static final int THRESHOLD = 3;

    private static Proposal submitted() {
        return new Proposal("Bänkar", "Fler bänkar längs gångvägen.", "Flemingsberg", "parker", "Åsa", "asa@example.se",
                "sv", NOW);
    }

    private static Proposal inModeration() {
        var p = submitted();
        p.confirm("HF-2026-0001", NOW, DUE);
        return p;
    }

    private static Proposal published() {
        var p = inModeration();
        p.publish(NOW, PERIOD_ENDS);
        return p;
    }

    private static Proposal thresholdReached() {
        var p = published();
        for (int i = 0; i < THRESHOLD; i++) {
            p.addSupport(NOW, THRESHOLD, DUE);
        }
        return p;
    }

    private static Proposal referred() {
        var p = thresholdReached();
        p.refer("NATUR", "NBN-2026/1", NOW, DUE.plusYears(1));
        return p;
    }

    @Test
    void a_proposal_goes_from_submitted_to_decided_one_step_at_a_time() {
        var p = submitted();
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        p.confirm("HF-2026-0001", NOW, DUE);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.IN_MODERATION);
        assertThat(p.dueDate(Step.MODERATION)).isEqualTo(DUE);
        p.publish(NOW, PERIOD_ENDS);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.PUBLISHED);
        assertThat(p.dueDate(Step.MODERATION)).as("no longer waiting for moderation").isNull();
        for (int i = 0; i < THRESHOLD; i++) {
            p.addSupport(NOW, THRESHOLD, DUE);
        }
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.THRESHOLD_REACHED);
        p.refer("NATUR", "NBN-2026/1", NOW, DUE.plusYears(1));
        assertThat(p.dueDate(Step.DECISION)).isEqualTo(DUE.plusYears(1));
        p.decide(Decision.BIFALL, "Ja.", LocalDate.of(2026, 9, 1), "§ 1", NOW);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(EnumSet.allOf(Step.class)).allSatisfy(step -> assertThat(p.dueDate(step)).isNull());
    }

    @Test
    void the_support_that_reaches_the_threshold_says_so_once_and_later_supports_still_count() {
        var p = published();
        assertThat(p.addSupport(NOW, THRESHOLD, DUE)).isFalse();
        assertThat(p.addSupport(NOW, THRESHOLD, DUE)).isFalse();
        assertThat(p.addSupport(NOW, THRESHOLD, DUE)).as("the third crosses").isTrue();
        assertThat(p.addSupport(NOW, THRESHOLD, DUE)).as("crossing happens once").isFalse();
        assertThat(p.getSupportCount()).isEqualTo(4);
        assertThat(p.getReferralDue()).isEqualTo(DUE);
    }

    @Test
    void supports_count_only_within_the_period() {
        var p = published();
        assertThat(p.isOpenForSupport(PERIOD_ENDS.minusSeconds(1))).isTrue();
        assertThatThrownBy(() -> p.addSupport(PERIOD_ENDS, THRESHOLD, DUE))
                .extracting(e -> ((ProposalException) e).reason()).isEqualTo(Reason.SUPPORT_CLOSED);
        assertThat(inModeration().isOpenForSupport(NOW)).as("not before publication").isFalse();
    }

    @Test
    void the_period_closes_a_proposal_below_the_threshold_but_never_one_above_it() {
        var below = published();
        assertThat(below.closeIfPeriodEnded(PERIOD_ENDS.minusSeconds(1))).isFalse();
        assertThat(below.closeIfPeriodEnded(PERIOD_ENDS)).isTrue();
        assertThat(below.getStatus()).isEqualTo(ProposalStatus.CLOSED_BELOW_THRESHOLD);

        var above = thresholdReached();
        assertThat(above.closeIfPeriodEnded(PERIOD_ENDS)).isFalse();
        assertThat(above.getStatus()).isEqualTo(ProposalStatus.THRESHOLD_REACHED);
    }

    @Test
    void a_step_from_the_wrong_state_is_refused_and_changes_nothing() {
        var p = inModeration();
        assertThatThrownBy(() -> p.refer("NATUR", "1", NOW, DUE)).extracting(e -> ((ProposalException) e).reason())
                .isEqualTo(Reason.WRONG_STATE);
        assertThatThrownBy(() -> p.decide(Decision.AVSLAG, "Nej.", DUE, "§ 2", NOW))
                .isInstanceOf(ProposalException.class);
        assertThatThrownBy(() -> published().reject("OPINION", null, null, NOW)).isInstanceOf(ProposalException.class);
        assertThatThrownBy(() -> submitted().publish(NOW, PERIOD_ENDS)).isInstanceOf(ProposalException.class);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.IN_MODERATION);
        assertThat(p.getCommittee()).isNull();
    }

    @Test
    void not_publishing_keeps_the_ground_and_closes_the_proposal() {
        var p = inModeration();
        p.reject("SIMILAR", "Se det tidigare förslaget.", 7L, NOW);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.NOT_PUBLISHED);
        assertThat(p.getGround()).isEqualTo("SIMILAR");
        assertThat(p.getSimilarToId()).isEqualTo(7L);
        assertThat(p.getClosedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"REFERRED", "DECIDED", "WITHDRAWN"})
    void the_author_may_withdraw_only_before_the_referral(ProposalStatus where) {
        var p = switch (where) {
            case REFERRED -> referred();
            case DECIDED -> {
                var d = referred();
                d.decide(Decision.BESVARAD, "Besvarad.", DUE, "§ 3", NOW);
                yield d;
            }
            default -> {
                var w = published();
                w.withdraw(NOW);
                yield w;
            }
        };
        assertThatThrownBy(() -> p.withdraw(NOW)).extracting(e -> ((ProposalException) e).reason())
                .isEqualTo(Reason.NOT_WITHDRAWABLE);
    }

    @Test
    void the_author_may_withdraw_until_the_referral_also_after_a_refusal() {
        var notPublished = inModeration();
        notPublished.reject("OPINION", null, null, NOW);
        for (var p : new Proposal[] {submitted(), inModeration(), published(), thresholdReached(), notPublished}) {
            p.withdraw(NOW);
            assertThat(p.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
            assertThat(p.getWithdrawnAt()).isEqualTo(NOW);
        }
    }

    @Test
    void a_late_step_moves_its_own_due_date_only_while_the_proposal_waits_for_it() {
        var p = inModeration();
        p.postpone(Step.MODERATION, DUE.plusDays(7));
        assertThat(p.dueDate(Step.MODERATION)).isEqualTo(DUE.plusDays(7));
        assertThatThrownBy(() -> p.postpone(Step.DECISION, DUE)).extracting(e -> ((ProposalException) e).reason())
                .isEqualTo(Reason.WRONG_STATE);
    }
}
