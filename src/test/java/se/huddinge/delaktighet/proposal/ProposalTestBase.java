package se.huddinge.delaktighet.proposal;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.KaribuTest;

/**
 * A UI test about proposals: the services, the e-mailed links' tokens (recorded from the events), and
 * {@link ProposalFixtures} to bring proposals to where a story starts. The clock is one bean for every test, so each
 * starts it again at Monday 2 March 2026, 09:00 in Stockholm.
 */
@RecordApplicationEvents
public abstract class ProposalTestBase extends KaribuTest {

    public static final String START = "2026-03-02T09:00:00";
    public static final String BENCHES = "Fler parkbänkar i Flemingsberg";
    public static final String OFFICER = ProposalFixtures.OFFICER;

    @Autowired
    protected ProposalService service;
    @Autowired
    protected ProposalCaseService cases;
    @Autowired
    protected ProposalRules rules;
    @Autowired
    protected ApplicationEvents events;
    protected ProposalFixtures given;

    @BeforeEach
    void startTheStory() {
        clock.setTo(START);
        given = new ProposalFixtures(service, cases, rules, events, jdbc);
    }
}
