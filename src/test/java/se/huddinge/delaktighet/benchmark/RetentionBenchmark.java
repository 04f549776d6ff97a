package se.huddinge.delaktighet.benchmark;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.privacy.RetentionJob;

/**
 * The retention job's first run on a large municipality's five years of data (docs/security.md "Retention"): how long it takes
 * when nothing was ever anonymised, and how long a later run takes when there is nothing to do. Not part of
 * {@code verify}: {@code ./mvnw -o surefire:test -Dtest=RetentionBenchmark} after {@code test-compile}.
 */
class RetentionBenchmark extends KaribuTest {

    @Autowired
    RetentionJob retention;

    @Test
    void the_first_run_over_five_years_of_data_and_a_run_with_nothing_to_do() {
        clock.setTo("2026-11-27T10:00:00");
        long start = System.nanoTime();
        BenchmarkData.proposals(jdbc);
        BenchmarkData.supports(jdbc);
        BenchmarkData.letters(jdbc);
        jdbc.execute("analyze table proposal, support, letter, access_link");
        System.out.printf("%nGenerated in %d s%n", seconds(start));
        for (String sql : new String[] {
                "select p.id from proposal p where p.anonymised_at is null and p.status in ('DECIDED', 'WITHDRAWN', "
                        + "'NOT_PUBLISHED', 'CLOSED_BELOW_THRESHOLD') and case p.status when 'DECIDED' then p.decided_at "
                        + "when 'WITHDRAWN' then p.withdrawn_at else p.closed_at end < '2025-11-27'",
                "select distinct s.proposal_id from support s where s.confirmed_at is null and s.created_at < "
                        + "'2026-10-27' and not exists (select 1 from access_link l where l.target_id = s.id and "
                        + "l.purpose = 'CONFIRM_SUPPORT' and l.expires_at >= '2026-10-27')",
                "select id from letter where content_deleted_at is null and status = 'SENT' and sent_at < "
                        + "'2026-08-29' limit 500"}) {
            System.out.println("EXPLAIN " + sql);
            jdbc.queryForList("explain " + sql).forEach(row -> System.out.println("  " + row));
        }

        start = System.nanoTime();
        var first = retention.run();
        System.out.printf("First run: %d s, %s%n", seconds(start), first);
        start = System.nanoTime();
        var second = retention.run();
        System.out.printf("Second run: %d ms, %s%n", (System.nanoTime() - start) / 1_000_000, second);
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }
}
