package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.nomination.NominationService;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * What the running portal sends a committee member's browser, over HTTP as Vaadin's client asks for it (the page,
 * Vaadin's first answer, the navigation's UIDL answer): a nomination with its text and no word of who sent it, a
 * case with the author's name and not their address. An officer's answer has them (the same requests, so the check
 * is not empty). The pages' grids and the exports, role by role, are in {@code review.WhoSeesWhatTest}.
 */
@RecordApplicationEvents
class CommitteeAnswersTest extends RunningPortalTest {

    private static final String PASSWORD = "rostiga-kompasser-sjunger";
    private static final String AUTHOR = "asa.oberg@example.se";
    private static final List<String> CONTACTS = List.of(PrizeFixtures.CONTACTED_NOMINATOR,
            PrizeFixtures.NOMINATOR_NAME, PrizeFixtures.NOMINATOR_PHONE, PrizeFixtures.NOMINEE_CONTACT);
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    PrizeRounds rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_committee_members_browser_gets_the_nomination_and_the_case_without_the_residents_contacts() {
        long proposal = new Proposals(proposals, cases, events).published("Fler bänkar vid Trångsundsskogen").id();
        long nomination = PrizeFixtures.inReview(rounds, nominations, events, clock, jdbc).nomination();
        accounts.createInitial(new StaffAccountService.NewAccount("leo", "Leo Ledamot", "leo@huddinge.example",
                PASSWORD, Set.of(StaffRole.COMMITTEE)));
        accounts.createInitial(new StaffAccountService.NewAccount("hanna", "Hanna Handläggare",
                "hanna@huddinge.example", PASSWORD, Set.of(StaffRole.OFFICER)));

        var member = signedIn("leo");
        String nominationAnswer = open(member, "granskning/pris/nominering/" + nomination);
        String caseAnswer = open(member, "granskning/forslag/" + proposal);
        assertThat(nominationAnswer).contains(PrizeFixtures.CONTACTED_NOMINEE, PrizeFixtures.MOTIVATION);
        assertThat(caseAnswer).contains("Fler bänkar vid Trångsundsskogen", "Inskickat av Åsa Öberg")
                .doesNotContain(AUTHOR);
        assertThat(CONTACTS).as("the nominator's and nominee's contacts in the answer to a committee member")
                .noneMatch(nominationAnswer::contains);

        var officer = signedIn("hanna");
        String toOfficer = open(officer, "granskning/pris/nominering/" + nomination);
        assertThat(CONTACTS).allMatch(toOfficer::contains);
        assertThat(open(officer, "granskning/forslag/" + proposal)).contains(AUTHOR);
    }

    private PortalHttp signedIn(String username) {
        var visitor = visitor();
        assertThat(visitor.signIn(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return visitor;
    }

    /** Opens a page as the browser does and returns Vaadin's answers: the first one and the navigation's. */
    private static String open(PortalHttp visitor, String route) {
        assertThat(visitor.get(route).statusCode()).isEqualTo(200);
        String init = visitor.get("?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=").body();
        var key = KEY.matcher(init);
        var ui = UI_ID.matcher(init);
        assertThat(key.find() && ui.find()).as("the CSRF key and the UI's id in the first answer").isTrue();
        var navigated = visitor.post("?v-r=uidl&v-uiId=" + ui.group(1), "application/json; charset=UTF-8",
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":"
                        + "\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\","
                        + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}");
        assertThat(navigated.statusCode()).isEqualTo(200);
        return init + navigated.body();
    }
}
