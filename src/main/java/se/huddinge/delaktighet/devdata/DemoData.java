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
    static final String PASSWORD = "tolv-gula-tekoppar-i-regn";

    private final StaffAccountService accounts;
    private final DemoPrize prize;
    private final DemoProposals proposals;
    private final Clock clock;

    DemoData(StaffAccountService accounts, DemoPrize prize, DemoProposals proposals, Clock clock) {
        this.accounts = accounts;
        this.prize = prize;
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
        prize.load();
        proposals.load();
    }
}
