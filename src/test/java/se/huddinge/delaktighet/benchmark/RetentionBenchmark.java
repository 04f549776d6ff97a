package se.huddinge.delaktighet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.privacy.RetentionJob;

/**
 * The retention job's first run on a large municipality's five years of data (docs/security.md "Retention"), and its
 * goal: the first run forgets everything that is due, each kind found through its index of {@code V50__retention.sql}
 * (no full scan of the proposals, supports or letters), and a later run finds nothing left to do. Prints the times.
 * Not part of {@code verify} and not of the benchmark profile (the first run takes minutes to half an hour):
 * {@code ./mvnw -o surefire:test -Dtest=RetentionBenchmark} after {@code test-compile}.
 */
class RetentionBenchmark extends KaribuTest {

    /** What each kind's candidates are, as the job's rules find them on 27 November 2026, and the index to use. */
    private static final Map<String, String> DUE = Map.of(
            "select p.id from proposal p where p.anonymised_at is null and p.status in ('DECIDED', 'WITHDRAWN', "
                    + "'NOT_PUBLISHED', 'CLOSED_BELOW_THRESHOLD') and case p.status when 'DECIDED' then p.decided_at "
                    + "when 'WITHDRAWN' then p.withdrawn_at else p.closed_at end < '2025-11-27'", "ix_proposal_retention",
            "select distinct s.proposal_id from support s where s.confirmed_at is null and s.created_at < "
                    + "'2026-10-27' and not exists (select 1 from access_link l where l.target_id = s.id and "
                    + "l.purpose = 'CONFIRM_SUPPORT' and l.expires_at >= '2026-10-27')", "ix_support_unconfirmed",
            "select id from letter where content_deleted_at is null and status = 'SENT' and sent_at < "
                    + "'2026-08-29'", "ix_letter_retention");

    @Autowired
    RetentionJob retention;

    @Test
    void the_first_run_forgets_all_that_is_due_through_the_indexes_and_a_second_run_finds_nothing_to_do() {
        clock.setTo("2026-11-27T10:00:00");
        long start = System.nanoTime();
        BenchmarkData.proposals(jdbc);
        BenchmarkData.supports(jdbc);
        BenchmarkData.letters(jdbc);
        jdbc.execute("analyze table proposal, support, letter, access_link");
        System.out.printf("%nGenerated in %d s%n", seconds(start));
        DUE.keySet().forEach(sql -> assertThat(jdbc.queryForList(sql + " limit 1"))
                .as("due before the first run: " + sql).isNotEmpty());

        start = System.nanoTime();
        var first = retention.run();
        System.out.printf("First run: %d s, %s%n", seconds(start), first);
        assertThat(first.proposals()).isPositive();
        assertThat(first.letterContents()).isPositive();
        jdbc.execute("analyze table proposal, support, letter, access_link");
        DUE.forEach((sql, index) -> {
            System.out.println("EXPLAIN " + sql);
            var plan = jdbc.queryForList("explain " + sql);
            plan.forEach(row -> System.out.println("  " + row));
            assertThat(plan.getFirst().get("key")).as("a later run looks through " + index + ": " + sql)
                    .isEqualTo(index);
            assertThat(jdbc.queryForList(sql + " limit 1")).as("left after the first run: " + sql).isEmpty();
        });

        start = System.nanoTime();
        var second = retention.run();
        System.out.printf("Second run: %d ms, %s%n", (System.nanoTime() - start) / 1_000_000, second);
        assertThat(second).isEqualTo(new RetentionJob.Report(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }
}
