package se.huddinge.delaktighet.proposal;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;

/**
 * A test of the proposal services on MariaDB: an empty portal, the clock on Monday 2 March 2026 09:00 in Stockholm,
 * and {@link Proposals} to bring a proposal to where a test starts (its links taken from the recorded events).
 */
@PortalTest
@RecordApplicationEvents
abstract class ProposalServiceTestBase {

    @Autowired
    protected ProposalService service;
    @Autowired
    protected ProposalReads reads;
    @Autowired
    protected ProposalCaseService cases;
    @Autowired
    protected ProposalRules rules;
    @Autowired
    protected ApplicationEvents events;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;

    protected Proposals proposals;

    @BeforeEach
    void startFromAnEmptyPortal() {
        Database.clear(jdbc);
        clock.setTo("2026-03-02T09:00:00");
        proposals = new Proposals(service, cases, events);
    }
}
