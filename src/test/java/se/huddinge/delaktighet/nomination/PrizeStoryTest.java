package se.huddinge.delaktighet.nomination;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.security.StaffAccountService;

/** A test of the prize on the real services and database, told as a {@link PrizeStory}. */
@PortalTest
@RecordApplicationEvents
abstract class PrizeStoryTest {

    @Autowired
    PrizeRounds rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    StaffAccountService staff;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    /** A new story on the services of this test. */
    PrizeStory story() {
        return new PrizeStory(rounds, nominations, staff, events, clock);
    }
}
