package se.huddinge.delaktighet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/** "Which due date does it wait for" gives the same answer on a loaded proposal and in SQL, for every status. */
class WaitingStepTest extends ProposalTestBase {

    @Test
    void the_rule_in_java_and_in_sql_agree_for_every_status() {
        given.submit(ProposalFixtures.form("Inte bekräftat"));
        given.inModeration("Väntar på granskning");
        given.published("Publicerat");
        given.thresholdReached("Nådde gränsen");
        given.referred("Lämnat till nämnd");
        long decided = given.referred("Beslutat");
        given.decide(decided, Decision.BIFALL, LocalDate.of(2026, 3, 2));

        var sql = new HashMap<Long, LocalDate>();
        jdbc.query("select id, " + WaitingStep.sql("p") + " as due from proposal p", rs -> {
            sql.put(rs.getLong("id"), rs.getObject("due", LocalDate.class));
        });
        Map<Long, LocalDate> loaded = new HashMap<>();
        ProposalFixtures.as("ledamot", () -> {
            sql.keySet().forEach(id -> loaded.put(id, cases.get(id).due()));
            return null;
        }, "COMMITTEE");

        assertThat(sql).isEqualTo(loaded);
        assertThat(sql.values().stream().filter(Objects::nonNull)).hasSize(3);
    }
}
