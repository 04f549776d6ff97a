package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.huddinge.delaktighet.Application;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.TestConfig;

/** Reminders before a due date, a delay letter after it: never silence, never twice, also with two instances. */
class ProposalDeadlinesTest extends ProposalServiceTestBase {

    @Autowired
    ProposalDeadlines deadlines;

    private int letters(String template) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and (status is null or status <> 'FAILED')",
                Integer.class) == 0);
        return jdbc.queryForObject("select count(*) from letter where template = ?", Integer.class, template);
    }

    @Test
    void officers_are_reminded_two_working_days_before_the_moderation_due_date_once() {
        var p = proposals.inModeration("Fler cykelställ vid pendeltåget");
        assertThat(p.moderationDue()).isEqualTo(LocalDate.of(2026, 3, 16));

        clock.setTo("2026-03-11T08:00:00");
        assertThat(deadlines.check()).as("three working days before: not yet").isZero();
        clock.setTo("2026-03-12T08:00:00");
        assertThat(deadlines.check()).isEqualTo(1);
        assertThat(deadlines.check()).as("once").isZero();

        assertThat(letters("officer-reminder")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select recipient from letter where template = 'officer-reminder'", String.class))
                .isEqualTo("delaktighet@huddinge.se");
        assertThat(jdbc.queryForObject("select subject from letter where template = 'officer-reminder'", String.class))
                .contains(p.reference()).contains("måndag 16 mars 2026");
    }

    @Test
    void a_passed_moderation_date_sends_the_submitter_one_delay_letter_with_the_new_date() {
        var p = proposals.inModeration("Bättre skyltning i Länna");
        clock.setTo("2026-03-17T08:00:00");

        assertThat(deadlines.check()).isEqualTo(1);
        assertThat(deadlines.check()).isZero();

        var moved = reads.statusOnly(p.reference()).orElseThrow();
        // five working days after Tuesday 17 March 2026
        assertThat(moved.moderationDue()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(letters("proposal-delayed")).isEqualTo(1);
        String text = jdbc.queryForObject("select body_text from letter where template = 'proposal-delayed'", String.class);
        assertThat(text).contains("måndag 16 mars 2026").contains("tisdag 24 mars 2026")
                .contains("http://localhost:8080/forslag/" + p.reference());
        assertThat(jdbc.queryForObject("select recipient from letter where template = 'proposal-delayed'", String.class))
                .isEqualTo("asa.oberg@example.se");

        clock.setTo("2026-03-25T08:00:00");
        assertThat(deadlines.check()).as("the new date passed too: another letter, never silence").isEqualTo(1);
        assertThat(letters("proposal-delayed")).isEqualTo(2);
    }

    @Test
    void the_new_date_skips_easter() {
        var p = proposals.inModeration("Påskförslaget");
        clock.setTo("2026-04-02T08:00:00");
        deadlines.check();
        // 2 April 2026 + 5 working days: Good Friday 3 April and Easter Monday 6 April are skipped
        assertThat(reads.statusOnly(p.reference()).orElseThrow().moderationDue()).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void a_published_proposal_has_no_moderation_deadline_any_more() {
        var p = proposals.published("Publicerat i tid");
        clock.setTo("2026-04-30T08:00:00");
        assertThat(deadlines.check()).isZero();
        assertThat(reads.findPublic(p.reference())).isPresent();
    }

    @Test
    void two_instances_checking_at_the_same_moment_send_one_delay_letter_per_proposal_and_step() throws Exception {
        List<PublicProposal> late = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            late.add(proposals.inModeration("Försenat förslag " + i));
        }
        clock.setTo("2026-03-17T08:00:00");
        try (var second = new SpringApplicationBuilder(Application.class, TestConfig.class)
                .profiles("test").properties("server.port=0").run()) {
            second.getBean(MutableClock.class).setTo("2026-03-17T08:00:00");
            var other = second.getBean(ProposalDeadlines.class);

            var pool = Executors.newFixedThreadPool(2);
            var start = new CountDownLatch(1);
            Future<Integer> a = pool.submit(() -> {
                start.await();
                return deadlines.check();
            });
            Future<Integer> b = pool.submit(() -> {
                start.await();
                return other.check();
            });
            start.countDown();
            int total = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(total).isEqualTo(5);
            assertThat(jdbc.queryForObject("select count(*) from deadline_notice where kind = 'DELAY'", Integer.class))
                    .isEqualTo(5);
            assertThat(letters("proposal-delayed")).isEqualTo(5);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "select count(*) from letter where status = 'SENDING'", Integer.class) == 0);
        }
        late.forEach(p -> assertThat(jdbc.queryForObject("select moderation_due from proposal where id = ?",
                LocalDate.class, p.id())).isEqualTo(LocalDate.of(2026, 3, 24)));
    }
}
