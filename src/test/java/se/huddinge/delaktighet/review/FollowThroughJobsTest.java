package se.huddinge.delaktighet.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.SentLinks;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.privacy.RetentionJob;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.FollowThroughEvents.FollowRequested;
import se.huddinge.delaktighet.proposal.FollowThroughEvents.ImplementationOverdue;
import se.huddinge.delaktighet.proposal.ImplementationRecord;
import se.huddinge.delaktighet.proposal.ImplementationStatus;
import se.huddinge.delaktighet.proposal.ProposalDeadlines;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalFollows;
import se.huddinge.delaktighet.proposal.ProposalImplementations;
import se.huddinge.delaktighet.proposal.ProposalTestBase;
import se.huddinge.delaktighet.proposal.ServiceLevels;

/**
 * The jobs around the follow-through (DD29), with the clock moved: the officers' reminder when a planned date passed
 * without an update, counted in working days, once per date; and the followers' addresses anonymised on the same
 * schedule as the supporters'.
 */
class FollowThroughJobsTest extends ProposalTestBase {

    @Autowired
    ProposalImplementations implementations;
    @Autowired
    ProposalFollows follows;
    @Autowired
    ProposalDeadlines deadlines;
    @Autowired
    RetentionJob retention;
    @Autowired
    ServiceLevels levels;

    @Test
    void officers_are_reminded_on_the_first_working_day_after_a_planned_date_passed_without_an_update() {
        long id = approved();
        save(id, null, LocalDate.of(2026, 9, 4), ImplementationStatus.UNDER_WAY);   // a Friday

        clock.setTo("2026-09-04T10:00:00");
        assertThat(deadlines.check()).as("the planned day itself").isZero();
        clock.setTo("2026-09-06T10:00:00");
        assertThat(deadlines.check()).as("Sunday is no working day").isZero();
        clock.setTo("2026-09-07T06:00:00");
        assertThat(deadlines.check()).as("Monday").isOne();
        assertThat(deadlines.check()).as("once per planned date").isZero();
        assertThat(events.stream(ImplementationOverdue.class)).containsExactly(
                new ImplementationOverdue(id, LocalDate.of(2026, 9, 4)));
        awaitReminders(1);
        assertThat(jdbc.queryForObject("select body_text from letter where template = 'implementation-reminder'",
                String.class)).contains("skulle Parkenheten vara klar med arbetet fredag 4 september 2026",
                "granskning/forslag/" + id);

        // an update after the date, without a new date: no reminder for that date again
        clock.setTo("2026-09-08T10:00:00");
        save(id, version(id), LocalDate.of(2026, 9, 4), ImplementationStatus.UNDER_WAY);
        clock.setTo("2026-10-05T10:00:00");
        assertThat(deadlines.check()).isZero();
        // a new date that passes: a new reminder
        save(id, version(id), LocalDate.of(2026, 10, 9), ImplementationStatus.UNDER_WAY);
        clock.setTo("2026-10-12T10:00:00");
        assertThat(deadlines.check()).isOne();
        // done: nothing more to remind of
        save(id, version(id), LocalDate.of(2026, 11, 6), ImplementationStatus.DONE);
        clock.setTo("2026-12-01T10:00:00");
        assertThat(deadlines.check()).isZero();
        awaitReminders(2);
    }

    @Test
    void followers_addresses_are_anonymised_twelve_months_after_the_decision_as_the_supporters_are() {
        long id = given.published(BENCHES);
        String reference = given.reference(id);
        follows.request(reference, "fia@example.se", PortalI18n.SWEDISH);
        follows.confirm(followToken());
        follows.request(reference, "gus@example.se", PortalI18n.SWEDISH);      // never confirmed
        jdbc.update("update proposal set support_count = 99 where id = ?", id);
        given.support(id, "sista.stodet@example.se");
        ProposalFixtures.as(OFFICER, () -> cases.refer(id, given.version(id), "NATUR", "NATUR-2026/17"), "OFFICER");
        given.decide(id, Decision.AVSLAG, LocalDate.of(2026, 3, 2));

        clock.setTo("2027-03-01T09:00:00");                // one day short of 12 months after the decision
        retention.run();
        assertThat(jdbc.queryForList("select email from proposal_follow order by id", String.class))
                .as("gus's unconfirmed follow went 30 days after its link stopped working; fia's address stays")
                .containsExactly("fia@example.se");

        clock.setTo("2027-03-02T09:00:01");
        retention.run();
        assertThat(jdbc.queryForList("select email from proposal_follow", String.class)).as("fia's address is erased")
                .hasSize(1).containsOnlyNulls();
        assertThat(given.count("access_link where purpose in ('CONFIRM_FOLLOW', 'STOP_FOLLOWING')")).isZero();
        assertThat(given.count("support where email is not null")).isZero();
    }

    private void awaitReminders(int n) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where template = 'implementation-reminder' and recipient = ?",
                Integer.class, levels.officerEmail()) == n);
    }

    private void save(long id, Long version, LocalDate planned, ImplementationStatus status) {
        ProposalFixtures.as(OFFICER, () -> implementations.save(id, version, new ImplementationRecord.Form(
                "Parkenheten", planned, status, null, null)), "OFFICER");
    }

    private Long version(long id) {
        return implementations.of(id).map(ImplementationRecord::version).orElse(null);
    }

    private long approved() {
        long id = given.referred(BENCHES);
        given.decide(id, Decision.BIFALL, LocalDate.of(2026, 3, 2));
        return id;
    }

    private String followToken() {
        return SentLinks.token(events.stream(FollowRequested.class).reduce((a, b) -> b).orElseThrow().confirmLink());
    }
}
