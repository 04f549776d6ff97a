package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;

/**
 * An address that leads nowhere answers 404 on the first request, the page's HTML, as a search engine or a link
 * checker reads it; the page itself then says "Sidan finns inte". Read over HTTP from the running portal.
 */
@RecordApplicationEvents
class MissingPagesTest extends RunningPortalTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ProposalRules rules;
    @Autowired
    ApplicationEvents events;

    @ParameterizedTest
    @ValueSource(strings = {"finns/inte", "forslag/HF-2099-9999", "humans.txt", ".git/config", "granskning/inget",
            "demokratipriset/nominera/x"})
    void an_address_that_leads_nowhere_answers_404(String path) {
        var page = visitor().get(path);

        assertThat(page.statusCode()).as(path).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    @Test
    void pages_that_exist_answer_200_also_a_proposal_that_is_not_public_yet() {
        var given = new ProposalFixtures(proposals, cases, rules, events, jdbc);
        String published = given.reference(given.published("Fler bänkar i Flemingsberg"));
        String inModeration = given.reference(given.inModeration("Belysning på gångvägen i Skogås"));
        var http = visitor();

        for (String path : new String[]{"", "forslag", "forslag/" + published, "forslag/" + inModeration,
                "demokratipriset", "logga-in", "granskning"}) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }
}
