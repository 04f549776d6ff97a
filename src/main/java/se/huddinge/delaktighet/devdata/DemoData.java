package se.huddinge.delaktighet.devdata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.nomination.PrizeRound;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Loads the demo data on the first start of the dev profile (an empty database). The passwords are in the
 * README; they exist only in development.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo-losenord-2026";

    private final StaffAccountService accounts;
    private final PrizeRounds rounds;
    private final DemoProposals proposals;
    private final Clock clock;

    DemoData(StaffAccountService accounts, PrizeRounds rounds, DemoProposals proposals, Clock clock) {
        this.accounts = accounts;
        this.rounds = rounds;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("handlaggare")) {
            return;
        }
        log.info("Empty database: loading demo data");
        accounts.createInitial(new NewAccount("handlaggare", "Hanna Handläggare", "handlaggare@huddinge.example",
                PASSWORD, Set.of(StaffRole.OFFICER)));
        accounts.createInitial(new NewAccount("ledamot", "Leo Ledamot", "ledamot@huddinge.example",
                PASSWORD, Set.of(StaffRole.COMMITTEE)));
        accounts.createInitial(new NewAccount("admin", "Ada Administratör", "admin@huddinge.example",
                PASSWORD, Set.of(StaffRole.ADMIN, StaffRole.OFFICER)));
        int year = LocalDate.now(clock).getYear();
        rounds.create(round(year));
        rounds.create(round(year + 1));
        proposals.load();
    }

    private PrizeRound round(int year) {
        var zone = clock.getZone();
        var opens = ZonedDateTime.of(LocalDate.of(year, 6, 1), LocalTime.MIDNIGHT, zone).toInstant();
        var closes = ZonedDateTime.of(LocalDate.of(year, 8, 20), LocalTime.of(23, 59, 59), zone).toInstant();
        return new PrizeRound(year, opens, closes, LocalDate.of(year, 10, 23), 25_000, 2,
                "Den nominerade har på ett förtjänstfullt sätt stärkt demokratin i Huddinge: ökat invånarnas "
                        + "delaktighet, gett fler en röst eller främjat samtal om demokratins värden.",
                "The nominee has, in a commendable way, strengthened democracy in Huddinge: increased residents' "
                        + "participation, given more people a voice or furthered dialogue about democratic values.");
    }
}
