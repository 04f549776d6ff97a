package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.huddinge.delaktighet.proposal.Proposals.asOfficer;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.base.WorkingDays;

/**
 * Every date the portal promises is a Swedish working day: a period that ends on a weekend or a holiday ends on the
 * next working day. One test for each kind of due date, as the resident sees it on the proposal's page.
 */
class DueDatesTest extends ProposalServiceTestBase {

    @Autowired
    ProposalDeadlines deadlines;
    @Autowired
    WorkingDays workingDays;

    @Test
    void the_moderation_decision_is_due_ten_working_days_after_confirmation_skipping_easter() {
        clock.setTo("2026-04-02T10:00:00");                       // Thursday before Good Friday
        var p = proposals.inModeration("Fler papperskorgar vid Sjödalen");
        assertThat(p.moderationDue()).isEqualTo(LocalDate.of(2026, 4, 20)).satisfies(this::isWorkingDay);
    }

    @Test
    void the_referral_is_due_twenty_working_days_after_the_threshold_skipping_midsummer() {
        var p = proposals.published("Utegym i Visättra");
        clock.setTo("2026-05-29T10:00:00");                       // Friday; midsommarafton is 19 June
        reachThreshold(p);
        assertThat(reads.findPublic(p.reference()).orElseThrow().referralDue())
                .isEqualTo(LocalDate.of(2026, 6, 29)).satisfies(this::isWorkingDay);
    }

    @Test
    void a_decision_expected_twelve_months_after_a_referral_on_friday_27_november_falls_on_the_next_monday() {
        var p = referred("Badplats vid Orlången", "2026-11-27T10:00:00");
        // 27 November 2027 is a Saturday
        assertThat(reads.findPublic(p.reference()).orElseThrow().decisionDue())
                .isEqualTo(LocalDate.of(2027, 11, 29)).satisfies(this::isWorkingDay);
    }

    @Test
    void a_decision_period_ending_on_easter_saturday_ends_on_the_tuesday_after_easter() {
        var p = referred("Belysning i Stuvsta", "2026-03-27T10:00:00");
        // 27 March 2027 is Easter Saturday, 29 March Easter Monday
        assertThat(reads.findPublic(p.reference()).orElseThrow().decisionDue())
                .isEqualTo(LocalDate.of(2027, 3, 30)).satisfies(this::isWorkingDay);
    }

    @Test
    void a_late_decision_moves_three_months_to_a_working_day() {
        var p = referred("Hundrastgård i Snättringe", "2026-03-04T10:00:00");
        assertThat(reads.findPublic(p.reference()).orElseThrow().decisionDue()).isEqualTo(LocalDate.of(2027, 3, 4));

        clock.setTo("2027-03-05T08:00:00");                       // Friday: three months on is Saturday 5 June
        deadlines.check();
        // Sunday 6 June is the national day; Monday 7 June is the next working day
        assertThat(reads.findPublic(p.reference()).orElseThrow().decisionDue())
                .isEqualTo(LocalDate.of(2027, 6, 7)).satisfies(this::isWorkingDay);
    }

    @Test
    void a_late_moderation_and_a_late_referral_move_by_working_days() {
        var moderated = proposals.inModeration("Sent modererat förslag");
        var toRefer = proposals.published("Sent remitterat förslag");
        reachThreshold(toRefer);
        assertThat(reads.findPublic(toRefer.reference()).orElseThrow().referralDue())
                .isEqualTo(LocalDate.of(2026, 3, 30));

        clock.setTo("2026-03-31T08:00:00");                       // Tuesday; Good Friday is 3 April
        deadlines.check();
        assertThat(reads.statusOnly(moderated.reference()).orElseThrow().moderationDue())
                .isEqualTo(LocalDate.of(2026, 4, 9)).satisfies(this::isWorkingDay);
        assertThat(reads.findPublic(toRefer.reference()).orElseThrow().referralDue())
                .isEqualTo(LocalDate.of(2026, 4, 16)).satisfies(this::isWorkingDay);
    }

    private void isWorkingDay(LocalDate date) {
        assertThat(workingDays.isWorkingDay(date)).as(date + " is a working day").isTrue();
    }

    private void reachThreshold(PublicProposal p) {
        jdbc.update("update proposal set support_count = ? where id = ?", rules.supportThreshold() - 1, p.id());
        proposals.support(p, "sista@example.se");
    }

    private PublicProposal referred(String title, String at) {
        var p = proposals.published(title);
        reachThreshold(p);
        clock.setTo(at);
        asOfficer(() -> cases.refer(p.id(), cases.get(p.id()).version(), "NATUR", "NBN-2026/9"));
        return p;
    }
}
