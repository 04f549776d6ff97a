package se.huddinge.delaktighet.nomination;

import se.huddinge.delaktighet.SentLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.test.context.event.ApplicationEvents;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Brings a prize round to where a test's story starts, through the real services: the 2027 round, nominations
 * confirmed through their links (taken from the recorded events), members of the committee, the clock past the
 * deadline.
 */
public final class PrizeStory {

    public static final String CHAIR = "ordforande";
    public static final String MEMBER = "ledamot";
    public static final String OTHER = "ledamot2";

    private final PrizeRounds rounds;
    private final NominationService nominations;
    private final StaffAccountService staff;
    private final ApplicationEvents events;
    private final MutableClock clock;
    public RoundFacts round;
    public final List<Long> nominated = new ArrayList<>();

    public PrizeStory(PrizeRounds rounds, NominationService nominations, StaffAccountService staff,
                      ApplicationEvents events, MutableClock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** The 2027 round with {@link #CHAIR} as chair, three committee members and an officer. */
    public PrizeStory round() {
        clock.setTo("2027-03-01T09:00:00");
        for (var m : List.of(CHAIR, MEMBER, OTHER)) {
            staff.createInitial(new StaffAccountService.NewAccount(m, "Ledamot " + m, m + "@huddinge.example",
                    "rostiga-kompasser-sjunger", Set.of(StaffRole.COMMITTEE)));
        }
        var form = PrizeFixtures.round(2027);
        round = rounds.create(new RoundForm(null, 2027, form.formDecidedOn(), form.formDecision(), form.aboutSv(),
                form.aboutEn(), form.criteria(), form.prizeSumSek(), form.winners(), form.callAnnouncedOn(),
                form.opensAt(), form.closesAt(), form.awardDay(), form.awardPlace(), form.scoringDue(), false, 12, CHAIR));
        return this;
    }

    /** Nominations sent and confirmed in time, in order, by nominators a@…, b@…; the clock is in August. */
    public PrizeStory nominations(String... nominees) {
        clock.setTo("2027-08-10T12:00:00");
        int i = 0;
        for (String nominee : nominees) {
            String email = (char) ('a' + i++) + "@example.se";
            long id = nominations.submit(round.id(), PrizeFixtures.nomination(round, nominee, email), PortalI18n.SWEDISH);
            nominations.confirm(SentLinks.token(events.stream(NominationEvents.NominationSubmitted.class)
                    .filter(e -> e.nominationId() == id).findFirst().orElseThrow().confirmLink()));
            nominated.add(id);
        }
        return this;
    }

    /** The clock past the deadline: the committee's review is open. */
    public PrizeStory closed() {
        clock.setTo("2027-08-25T10:00:00");
        round = rounds.find(round.id()).orElseThrow();
        return this;
    }

    public long criterion(int index) {
        return round.criteria().get(index).id();
    }
}
